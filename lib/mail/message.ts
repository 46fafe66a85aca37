import type { RenderedEmail } from "./content";

export type MailAddress = { name: string; address: string };

/** One email ready for the transport; the shape nodemailer's sendMail accepts. */
export type OutgoingMail = {
  from: MailAddress;
  to: string;
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
};

/**
 * Transactional headers only: RFC 3834 Auto-Submitted (and Exchange's equivalent) keep vacation
 * auto-replies away; there is deliberately no List-Unsubscribe, because these are not newsletters.
 */
export function transactionalHeaders(lang: string): Record<string, string> {
  return {
    "Auto-Submitted": "auto-generated",
    "X-Auto-Response-Suppress": "All",
    "Content-Language": lang,
  };
}

/**
 * A Message-ID that is the same every time the same email is (re)sent, so a duplicate after a crash
 * between "SMTP accepted" and "recorded as sent" is recognisable as the same message.
 */
export function messageIdFor(uniquePart: string, domain: string): string {
  const local = uniquePart.replace(/[^A-Za-z0-9._-]/g, "-").slice(0, 120) || "message";
  const host = domain.replace(/[^A-Za-z0-9.-]/g, "") || "localhost";
  return `<${local}@${host}>`;
}

/**
 * The sender from MAIL_FROM ("Name <addr>" or a bare address). A bare address gets the hoster's
 * name; without MAIL_FROM the support address sends, so replies reach people.
 */
export function parseSender(mailFrom: string | undefined, name: string, fallback: string) {
  const raw = mailFrom?.trim();
  if (!raw) return { name, address: fallback };
  const match = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(raw);
  if (match) return { name: match[1]?.trim() || name, address: match[2] ?? fallback };
  return { name, address: raw };
}

/** The domain a Message-ID is minted under: the sender's. */
export function domainOf(address: string): string {
  return address.split("@")[1] ?? "localhost";
}

export function buildMail(input: {
  from: MailAddress;
  to: string;
  replyTo?: string;
  rendered: RenderedEmail;
  lang: string;
  messageId: string;
}): OutgoingMail {
  return {
    from: input.from,
    to: input.to,
    ...(input.replyTo ? { replyTo: input.replyTo } : {}),
    subject: input.rendered.subject,
    text: input.rendered.text,
    html: input.rendered.html,
    messageId: input.messageId,
    headers: transactionalHeaders(input.lang),
  };
}
