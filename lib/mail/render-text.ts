import type { EmailContent } from "./content";
import { safeHref } from "./escape";

/** The plain-text alternative: the same content in reading order, blank lines between blocks. */
export function renderText(content: EmailContent, hosterName: string): string {
  const blocks: string[] = [hosterName, content.greeting, ...content.paragraphs];
  if (content.facts?.length) {
    blocks.push(content.facts.map((fact) => `${fact.label}: ${fact.value}`).join("\n"));
  }
  blocks.push(...(content.after ?? []));
  const href = content.action ? safeHref(content.action.url) : null;
  if (content.action && href) blocks.push(`${content.action.label}: ${href}`);
  blocks.push(content.signature, "--", content.footer.join("\n"));
  return `${blocks.join("\n\n")}\n`;
}
