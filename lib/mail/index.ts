// Email: pure rendering (content → HTML + text, branded, escaped), message headers and the SMTP
// sender. Framework-free (no next/*), so the worker and scripts use it too.
import type { EmailContent, MailBranding, RenderedEmail } from "./content";
import { renderHtml } from "./render-html";
import { renderText } from "./render-text";

export type { EmailContent, EmailFact, MailBranding, RenderedEmail } from "./content";
export { escapeHtml, safeColor, safeHref } from "./escape";
export {
  buildMail,
  domainOf,
  messageIdFor,
  parseSender,
  transactionalHeaders,
  type MailAddress,
  type OutgoingMail,
} from "./message";
export { createSmtpSender, MailSendError, type MailSender, type SmtpOptions } from "./transport";

/** Both alternatives of one email from the same content, so they can never disagree. */
export function renderEmail(content: EmailContent, brand: MailBranding): RenderedEmail {
  return {
    subject: content.subject,
    html: renderHtml(content, brand),
    text: renderText(content, brand.hosterName),
  };
}
