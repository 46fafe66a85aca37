import nodemailer from "nodemailer";
import type { OutgoingMail } from "./message";

/** Anything that can deliver an OutgoingMail; the SMTP sender below, or a test double in unit tests. */
export type MailSender = { send(mail: OutgoingMail): Promise<void>; close(): void };

/**
 * A delivery failure with a short, log-safe code (ECONNREFUSED, ETIMEDOUT, EENVELOPE, …); the
 * server's text is not kept because it may quote addresses.
 */
export class MailSendError extends Error {
  constructor(readonly code: string) {
    super(`email could not be sent (${code})`);
    this.name = "MailSendError";
  }
}

export type SmtpOptions = { timeoutMs?: number };

/**
 * SMTP from a URL: smtp://host:port (STARTTLS when the server offers it) or smtps://host:465
 * (TLS from the start), with optional user:password. One connection per message: transactional
 * volumes are small, and no pooled socket can go stale between sparse sends.
 */
export function createSmtpSender(smtpUrl: string, options: SmtpOptions = {}): MailSender {
  const url = new URL(smtpUrl);
  const secure = url.protocol === "smtps:";
  const timeout = options.timeoutMs ?? 10_000;
  const transport = nodemailer.createTransport({
    host: url.hostname.replace(/^\[|\]$/g, ""),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout * 2,
  });
  return {
    async send(mail) {
      try {
        await transport.sendMail(mail);
      } catch (error) {
        throw new MailSendError(errorCode(error));
      }
    },
    close: () => transport.close(),
  };
}

function errorCode(error: unknown): string {
  if (typeof error !== "object" || error === null) return "SEND_FAILED";
  const { code, message } = error as { code?: unknown; message?: unknown };
  // nodemailer wraps socket failures as ESOCKET; the system code (ECONNREFUSED…) says more.
  const system = typeof message === "string" ? /\b(E[A-Z]{4,20})\b/.exec(message)?.[1] : undefined;
  if (code === "ESOCKET" && system) return system;
  if (typeof code === "string" && /^[A-Z0-9_]{1,32}$/.test(code)) return code;
  return "SEND_FAILED";
}
