import type { EmailContent, EmailFact, MailBranding } from "./content";
import { escapeHtml as e, safeColor, safeHref } from "./escape";

const FONT = "font-family:Arial,Helvetica,sans-serif";

/**
 * The HTML part: one centred table with inline styles, because mail clients ignore <style> blocks
 * and external CSS. Every interpolated value goes through escapeHtml, URLs through safeHref.
 */
export function renderHtml(content: EmailContent, brand: MailBranding): string {
  const color = safeColor(brand.primaryColor);
  const logo = brand.logoUrl ? safeHref(brand.logoUrl) : null;
  const header = logo
    ? `<img src="${e(logo)}" alt="" width="32" height="32" style="vertical-align:middle;border:0;margin-right:8px"><span style="vertical-align:middle">${e(brand.hosterName)}</span>`
    : e(brand.hosterName);
  const rows = [
    `<tr><td style="padding:20px 24px;border-bottom:4px solid ${color};${FONT};font-size:18px;font-weight:bold;color:#0f172a">${header}</td></tr>`,
    `<tr><td style="padding:24px;${FONT};font-size:15px;line-height:1.5;color:#0f172a">${body(content, color)}</td></tr>`,
    `<tr><td style="padding:16px 24px;${FONT};font-size:12px;line-height:1.5;color:#475569;border-top:1px solid #e2e8f0">${content.footer.map((line) => `<p style="margin:0 0 6px">${e(line)}</p>`).join("")}</td></tr>`,
  ];
  return [
    "<!DOCTYPE html>",
    `<html lang="${e(content.lang)}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(content.subject)}</title></head>`,
    `<body style="margin:0;padding:0;background:#f1f5f9">`,
    content.preheader
      ? `<div style="display:none;max-height:0;overflow:hidden">${e(content.preheader)}</div>`
      : "",
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f1f5f9;padding:24px 0"><tr><td align="center">`,
    `<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;border-radius:8px">`,
    ...rows,
    "</table></td></tr></table>",
    "</body></html>",
  ].join("\n");
}

function body(content: EmailContent, color: string): string {
  const parts = [
    paragraph(content.greeting),
    ...content.paragraphs.map(paragraph),
    content.facts?.length ? facts(content.facts) : "",
    ...(content.after ?? []).map(paragraph),
    content.action ? button(content.action, color) : "",
    paragraph(content.signature),
  ];
  return parts.join("");
}

function paragraph(text: string): string {
  return `<p style="margin:0 0 16px">${e(text)}</p>`;
}

function facts(list: EmailFact[]): string {
  const rows = list
    .map((fact) => {
      const style = fact.monospace ? "font-family:Consolas,Menlo,monospace;" : "";
      return `<tr><th scope="row" align="left" style="padding:6px 16px 6px 0;font-weight:normal;color:#475569;vertical-align:top">${e(fact.label)}</th><td style="padding:6px 0;${style}font-weight:bold;word-break:break-all">${e(fact.value)}</td></tr>`;
    })
    .join("");
  return `<table cellpadding="0" cellspacing="0" style="margin:0 0 16px;${FONT};font-size:15px">${rows}</table>`;
}

function button(action: { label: string; url: string }, color: string): string {
  const href = safeHref(action.url);
  if (!href) return "";
  return `<p style="margin:24px 0"><a href="${e(href)}" style="display:inline-block;padding:10px 18px;background:${color};color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold">${e(action.label)}</a></p>`;
}
