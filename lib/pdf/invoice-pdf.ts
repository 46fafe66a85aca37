import PDFDocument from "pdfkit";
import { toDecimalString, type Money } from "@/lib/billing/money";
import type { Translate } from "@/lib/i18n/translate";
import type { BillingAddress, InvoiceDetail } from "@/lib/whmcs";
import type { PdfFonts } from "./fonts";
import { drawText, type Doc } from "./pdf-text";

export type InvoicePdfInput = {
  invoice: InvoiceDetail;
  billTo: BillingAddress;
  branding: { hosterName: string; primaryColor: string; supportEmail: string };
  /** Status shown on the document, already translated (e.g. "Overdue"). */
  statusLabel: string;
  gatewayLabel: (gateway: string) => string;
  t: Translate;
  locale: string;
  fonts: PdfFonts;
};

const MARGIN = 50;
const PAGE = { width: 595.28, height: 841.89 };
const CONTENT = PAGE.width - 2 * MARGIN;
const INK = "#0f172a";
const MUTED = "#475569";
const RULE = "#cbd5e1";

/**
 * The portal's own invoice PDF (A4): hoster name in the brand colour, addressee, items, taxes,
 * transactions and balance due. Amounts use the currency's own sign (₺, ₹, ₩) via Intl.
 */
export function renderInvoicePdf(input: InvoicePdfInput): Promise<Buffer> {
  const { invoice, t } = input;
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    // Page footers are written once the length is known.
    bufferPages: true,
    font: input.fonts.regular as unknown as string,
    info: {
      Title: `${t("invoices.pdf.invoice")} ${invoice.number}`,
      Author: input.branding.hosterName,
    },
  });
  doc.registerFont("regular", input.fonts.regular);
  doc.registerFont("bold", input.fonts.bold);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  let y = header(doc, input);
  y = addressee(doc, input, y + 24);
  y = items(doc, input, y + 24);
  y = transactions(doc, input, y + 24);
  balanceDue(doc, input, y + 16);
  footer(doc, input);
  doc.end();
  return done;
}

function money(value: Money, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: value.currency,
    currencyDisplay: "narrowSymbol",
  }).format(toDecimalString(value) as Intl.StringNumericLiteral);
}

const date = (value: Date, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(value);

function header(doc: Doc, { branding, invoice, t, locale, statusLabel }: InvoicePdfInput) {
  doc.rect(0, 0, PAGE.width, 8).fill(branding.primaryColor);
  drawText(
    doc,
    branding.hosterName,
    { x: MARGIN, y: MARGIN, width: CONTENT / 2 },
    {
      font: "bold",
      size: 20,
      color: branding.primaryColor,
    },
  );
  const right = { x: MARGIN + CONTENT / 2, width: CONTENT / 2 };
  drawText(
    doc,
    t("invoices.pdf.invoice").toUpperCase(),
    { ...right, y: MARGIN },
    {
      font: "bold",
      size: 18,
      color: INK,
      align: "right",
    },
  );
  const facts: [string, string][] = [
    [t("invoices.pdf.invoiceNumber"), invoice.number],
    [t("invoices.pdf.issued"), date(invoice.issuedOn, locale)],
    [t("invoices.pdf.due"), date(invoice.dueOn, locale)],
    ...(invoice.paidOn
      ? [[t("invoices.pdf.paid"), date(invoice.paidOn, locale)] as [string, string]]
      : []),
    [t("invoices.pdf.status"), statusLabel],
  ];
  let y = MARGIN + 30;
  for (const [label, value] of facts) {
    drawText(
      doc,
      label,
      { x: right.x, y, width: right.width / 2 },
      { font: "regular", size: 9, color: MUTED, align: "right" },
    );
    drawText(
      doc,
      value,
      { x: right.x + right.width / 2, y, width: right.width / 2 },
      { font: "bold", size: 9, color: INK, align: "right" },
    );
    y += 14;
  }
  return y;
}

function addressee(doc: Doc, { billTo, t }: InvoicePdfInput, top: number) {
  const box = { x: MARGIN, width: CONTENT / 2 };
  let y = top;
  y += drawText(
    doc,
    t("invoices.pdf.billTo"),
    { ...box, y },
    { font: "bold", size: 9, color: MUTED, align: "left" },
  );
  const lines = [billTo.companyName, billTo.name, ...billTo.lines].filter((l) => l.trim() !== "");
  for (const [index, line] of lines.entries()) {
    y +=
      drawText(
        doc,
        line,
        { ...box, y: y + 2 },
        { font: index === 0 ? "bold" : "regular", size: 10, color: INK },
      ) + 2;
  }
  if (billTo.taxId) {
    y +=
      drawText(
        doc,
        `${t("invoices.pdf.taxId")}: ${billTo.taxId}`,
        { ...box, y: y + 2 },
        { font: "regular", size: 9, color: MUTED },
      ) + 2;
  }
  return y;
}

/** Starts a new page when less than `needed` points are left above the footer. */
function room(doc: Doc, y: number, needed: number): number {
  if (y + needed < PAGE.height - MARGIN - 30) return y;
  doc.addPage();
  return MARGIN;
}

function items(doc: Doc, { invoice, t, locale }: InvoicePdfInput, top: number) {
  const amountWidth = 120;
  const descWidth = CONTENT - amountWidth - 10;
  let y = tableHead(doc, top, [
    [t("invoices.pdf.description"), MARGIN, descWidth, "left"],
    [t("invoices.pdf.amount"), MARGIN + CONTENT - amountWidth, amountWidth, "right"],
  ]);
  for (const line of invoice.lines) {
    y = room(doc, y, 24);
    const label = line.taxed ? `${line.description} *` : line.description;
    const h = drawText(
      doc,
      label,
      { x: MARGIN, y, width: descWidth },
      { font: "regular", size: 10, color: INK },
    );
    drawText(
      doc,
      money(line.amount, locale),
      { x: MARGIN + CONTENT - amountWidth, y, width: amountWidth },
      { font: "regular", size: 10, color: INK, align: "right" },
    );
    y += Math.max(h, 12) + 6;
    doc
      .moveTo(MARGIN, y - 3)
      .lineTo(MARGIN + CONTENT, y - 3)
      .strokeColor(RULE)
      .lineWidth(0.5)
      .stroke();
  }
  const totals: [string, Money, boolean][] = [
    [t("invoices.pdf.subtotal"), invoice.subtotal, false],
  ];
  if (invoice.taxRate !== "0" || invoice.tax1.amountMinor !== 0)
    totals.push([t("invoices.pdf.tax", { rate: invoice.taxRate }), invoice.tax1, false]);
  if (invoice.tax2.amountMinor !== 0)
    totals.push([t("invoices.pdf.tax2", { rate: invoice.taxRate2 }), invoice.tax2, false]);
  if (invoice.credit.amountMinor !== 0)
    totals.push([
      t("invoices.pdf.credit"),
      { ...invoice.credit, amountMinor: -invoice.credit.amountMinor },
      false,
    ]);
  totals.push([t("invoices.pdf.total"), invoice.total, true]);
  y += 4;
  for (const [label, value, strong] of totals) {
    y = room(doc, y, 18);
    const font = strong ? "bold" : "regular";
    drawText(
      doc,
      label,
      { x: MARGIN, y, width: descWidth },
      { font, size: strong ? 11 : 10, color: INK, align: "right" },
    );
    drawText(
      doc,
      money(value, locale),
      { x: MARGIN + CONTENT - amountWidth, y, width: amountWidth },
      { font, size: strong ? 11 : 10, color: INK, align: "right" },
    );
    y += 16;
  }
  if (invoice.lines.some((l) => l.taxed)) {
    drawText(
      doc,
      t("invoices.pdf.taxedNote"),
      { x: MARGIN, y, width: descWidth },
      { font: "regular", size: 8, color: MUTED },
    );
    y += 12;
  }
  return y;
}

function transactions(
  doc: Doc,
  { invoice, t, locale, gatewayLabel }: InvoicePdfInput,
  top: number,
) {
  let y = room(doc, top, 60);
  y +=
    drawText(
      doc,
      t("invoices.pdf.transactions"),
      { x: MARGIN, y, width: CONTENT },
      { font: "bold", size: 11, color: INK },
    ) + 4;
  if (invoice.transactions.length === 0) {
    return (
      y +
      drawText(
        doc,
        t("invoices.pdf.noTransactions"),
        { x: MARGIN, y, width: CONTENT },
        { font: "regular", size: 9, color: MUTED },
      )
    );
  }
  const col = CONTENT / 4;
  for (const tx of invoice.transactions) {
    y = room(doc, y, 16);
    const refund = tx.amountOut.amountMinor > 0;
    const amount = refund
      ? { ...tx.amountOut, amountMinor: -tx.amountOut.amountMinor }
      : tx.amountIn;
    const style = { font: "regular", size: 9, color: INK } as const;
    drawText(doc, date(tx.date, locale), { x: MARGIN, y, width: col }, style);
    drawText(doc, gatewayLabel(tx.gateway), { x: MARGIN + col, y, width: col }, style);
    drawText(doc, tx.reference, { x: MARGIN + 2 * col, y, width: col }, style);
    drawText(
      doc,
      money(amount, locale),
      { x: MARGIN + 3 * col, y, width: col },
      { ...style, align: "right" },
    );
    y += 14;
  }
  return y;
}

function balanceDue(doc: Doc, { invoice, t, locale, branding }: InvoicePdfInput, top: number) {
  const y = room(doc, top, 30);
  doc.rect(MARGIN + CONTENT / 2, y, CONTENT / 2, 26).fill("#f1f5f9");
  const box = { y: y + 7, width: CONTENT / 4 - 8 };
  drawText(
    doc,
    t("invoices.pdf.balanceDue"),
    { ...box, x: MARGIN + CONTENT / 2 + 8 },
    { font: "bold", size: 11, color: INK },
  );
  drawText(
    doc,
    money(invoice.balance, locale),
    { ...box, x: MARGIN + (3 * CONTENT) / 4 },
    { font: "bold", size: 11, color: branding.primaryColor, align: "right" },
  );
}

function footer(doc: Doc, { branding, t }: InvoicePdfInput) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // The footer sits in the bottom margin; without this pdfkit would open a new page for it.
    doc.page.margins.bottom = 0;
    drawText(
      doc,
      t("invoices.pdf.footer", { hoster: branding.hosterName, support: branding.supportEmail }),
      { x: MARGIN, y: PAGE.height - MARGIN + 10, width: CONTENT },
      { font: "regular", size: 8, color: MUTED, align: "left" },
    );
  }
}

function tableHead(doc: Doc, y: number, columns: [string, number, number, "left" | "right"][]) {
  for (const [label, x, width, align] of columns) {
    drawText(doc, label, { x, y, width }, { font: "bold", size: 9, color: MUTED, align });
  }
  doc
    .moveTo(MARGIN, y + 14)
    .lineTo(MARGIN + CONTENT, y + 14)
    .strokeColor(INK)
    .lineWidth(0.8)
    .stroke();
  return y + 20;
}
