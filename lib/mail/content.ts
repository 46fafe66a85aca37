/**
 * What one email says, already translated and formatted; the renderers only lay it out. Every
 * string is plain text: the HTML renderer escapes all of it.
 */
export type EmailContent = {
  /** BCP 47 language of the text, e.g. "de" (html lang and Content-Language). */
  lang: string;
  subject: string;
  /** Short summary shown by mail clients next to the subject; hidden in the body. */
  preheader?: string;
  greeting: string;
  paragraphs: string[];
  /** Label/value pairs shown as a table (amounts, references, credentials). */
  facts?: EmailFact[];
  /** Paragraphs after the facts. */
  after?: string[];
  /** The one call to action, rendered as a button (HTML) or "label: url" (text). */
  action?: { label: string; url: string };
  signature: string;
  /** Small print: support contact, why this email was sent. */
  footer: string[];
};

export type EmailFact = {
  label: string;
  value: string;
  /** Printed in a monospace font so look-alike characters in credentials can be told apart. */
  monospace?: boolean;
};

/** The hoster's brand as emails show it (from lib/config, resolved to absolute URLs). */
export type MailBranding = {
  hosterName: string;
  /** Absolute http(s) URL of a raster logo, or null to print the name only. */
  logoUrl: string | null;
  primaryColor: string;
};

export type RenderedEmail = { subject: string; html: string; text: string };
