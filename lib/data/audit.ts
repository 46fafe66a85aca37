import "server-only";
import { getDb } from "./db";
import { getRequestContext } from "./request-context";

export type AuditEntry = {
  accountId?: string | null;
  actorEmail?: string | null;
  action: string;
  target?: string | null;
  outcome: "success" | "failure" | "denied";
  details?: Record<string, string | number | boolean | null>;
};

/** Who did what, when and from where; money and destructive actions must all pass through here. */
export async function recordAudit(entry: AuditEntry): Promise<void> {
  const { ip, userAgent } = await getRequestContext();
  await getDb().auditEvent.create({
    data: {
      accountId: entry.accountId ?? null,
      actorEmail: entry.actorEmail ?? null,
      action: entry.action,
      target: entry.target ?? null,
      outcome: entry.outcome,
      ip,
      userAgent,
      details: entry.details ?? undefined,
    },
  });
}
