import type { Logger } from "@/lib/http";
import { notify } from "@/lib/notifications";
import type { EmailPort } from "./deps";

/**
 * The saga's email port on lib/notifications: `notify` with the event the dashboard row was
 * written from finds that row (same account, kind and payment id) and sends its email once.
 * Nothing is thrown at the saga: the money is settled whether or not the mail server answers.
 */
export function emailByNotifier(logger: Logger): EmailPort {
  return async (accountId, message) => {
    try {
      const result = await notify(accountId, { kind: message.kind, ...message.data });
      if (result.email === "failed") {
        logger.warn("payment email kept pending for a retry", {
          accountId,
          kind: message.kind,
        });
      }
    } catch (error) {
      logger.error("payment email not sent", {
        accountId,
        kind: message.kind,
        error: error instanceof Error ? error.name : "unknown",
      });
    }
  };
}
