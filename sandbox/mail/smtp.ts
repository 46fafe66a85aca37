import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { simpleParser, type AddressObject, type EmailAddress } from "mailparser";
import { SMTPServer, type SMTPServerAddress } from "smtp-server";
import type { SandboxDeps } from "../context";
import type { StoredEmail } from "../state/types";

/** Emails kept; older ones fall off so the state file stays small. */
export const MAX_EMAILS = 500;

export interface SmtpCatcher {
  port: number;
  close(): Promise<void>;
}

/**
 * SMTP catcher: plain text (no TLS), any credentials or none, any recipient. Every message is
 * parsed and stored, newest first, for the web inbox and `GET /_control/emails`.
 */
export async function startSmtp(port: number, deps: SandboxDeps): Promise<SmtpCatcher> {
  const server = new SMTPServer({
    secure: false,
    hideSTARTTLS: true,
    authOptional: true,
    allowInsecureAuth: true,
    // Accept whatever a configured client sends, so SMTP_URL with credentials works too.
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? "anonymous" }),
    logger: false,
    banner: "sandbox SMTP catcher",
    size: 10 * 1024 * 1024,
    closeTimeout: 500,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const email: StoredEmail = {
            id: randomUUID(),
            from: addresses(mail.from)[0] ?? envelopeAddress(session.envelope.mailFrom),
            fromName: mail.from?.value[0]?.name ?? "",
            to: addresses(mail.to),
            cc: addresses(mail.cc),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : null,
            messageId: mail.messageId ?? null,
            envelope: {
              from: envelopeAddress(session.envelope.mailFrom),
              to: session.envelope.rcptTo.map((r) => r.address),
            },
            receivedAt: new Date(deps.now()).toISOString(),
          };
          deps.store.update((state) => {
            state.mail.emails = [email, ...state.mail.emails].slice(0, MAX_EMAILS);
          });
          deps.log.info(
            `sandbox: caught email "${email.subject}" for ${email.envelope.to.join(", ")}`,
          );
          callback();
        })
        .catch((error: unknown) =>
          callback(error instanceof Error ? error : new Error(String(error))),
        );
    },
  });
  // smtp-server re-emits listen and connection errors on itself; unhandled, they would crash us.
  let failStart: ((error: Error) => void) | null = null;
  server.on("error", (error: Error) => {
    if (failStart) failStart(error);
    else deps.log.warn(`sandbox: SMTP: ${error.message}`);
  });
  await new Promise<void>((resolve, reject) => {
    failStart = reject;
    server.listen(port, "127.0.0.1", () => {
      failStart = null;
      resolve();
    });
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  const flatten = (list: EmailAddress[]): string[] =>
    list.flatMap((a) => (a.group ? flatten(a.group) : a.address ? [a.address] : []));
  return objects.flatMap((o) => flatten(o.value));
}

function envelopeAddress(from: SMTPServerAddress | false): string {
  return from ? from.address : "";
}
