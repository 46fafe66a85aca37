import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { createTranslator } from "@/lib/i18n/translate";
import type { BillingAddress, InvoiceDetail } from "@/lib/whmcs";
import { pdfFonts } from "./fonts";
import { renderInvoicePdf } from "./invoice-pdf";

const krw = (amountMinor: number) => ({ amountMinor, currency: "KRW" });

const arabicInvoice: InvoiceDetail = {
  id: 53302,
  clientId: 533,
  number: "AE-1101",
  issuedOn: new Date(Date.UTC(2026, 10, 1)),
  dueOn: new Date(Date.UTC(2026, 10, 15)),
  paidOn: null,
  status: "unpaid",
  subtotal: krw(400_000),
  tax: krw(35_000),
  tax1: krw(35_000),
  tax2: krw(0),
  credit: krw(0),
  total: krw(435_000),
  balance: krw(435_000),
  taxRate: "10",
  taxRate2: "0",
  paymentMethod: "paypalcheckout",
  lines: [
    {
      id: 1,
      type: "Hosting",
      description: "استضافة سحابية – الباقة المتقدمة (نوفمبر 2026)",
      amount: krw(350_000),
      taxed: true,
    },
    {
      id: 2,
      type: "Addon",
      description: "שירות גיבוי – Backup service",
      amount: krw(50_000),
      taxed: false,
    },
  ],
  transactions: [
    {
      id: 9,
      invoiceId: 53302,
      gateway: "paypalcheckout",
      reference: "9KR53301PAY",
      date: new Date(Date.UTC(2026, 10, 3, 14)),
      amountIn: krw(100_000),
      amountOut: krw(0),
      fees: krw(0),
      refundOf: null,
    },
  ],
};

const arabicAddress: BillingAddress = {
  clientId: 533,
  name: "ليلى حداد",
  companyName: "شركة السحاب للاستضافة",
  lines: ["شارع الشيخ زايد، برج السحاب، الطابق 12", "00000 دبي", "AE"],
  taxId: "",
  currency: "KRW",
};

function renderSample(invoice = arabicInvoice, billTo = arabicAddress) {
  return renderInvoicePdf({
    invoice,
    billTo,
    branding: {
      hosterName: "Demo Cloud",
      primaryColor: "#1d4ed8",
      supportEmail: "support@example.com",
    },
    statusLabel: "Unpaid",
    gatewayLabel: (g) => (g.startsWith("paypal") ? "PayPal" : g),
    t: createTranslator("en", en),
    locale: "en",
    fonts: pdfFonts(),
  });
}

// Font subsetting is CPU-bound; on a busy shared machine it can take several seconds.
describe("renderInvoicePdf", { timeout: 30_000 }, () => {
  it("writes a PDF whose text holds the number, the ₩ total and the balance due", async () => {
    const pdf = await renderSample();
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
      mergePages: true,
    });
    expect(text).toContain("AE-1101");
    expect(text).toContain("₩435,000");
    expect(text).toContain("Balance due");
    expect(text).toContain("Demo Cloud");
  });

  it("breaks onto a second page for a long invoice and keeps the footer on each", async () => {
    const lines = Array.from({ length: 60 }, (_, i) => ({
      id: i,
      type: "Hosting",
      description: `Usage line ${i + 1}`,
      amount: krw(1000),
      taxed: false,
    }));
    const pdf = await renderSample({ ...arabicInvoice, lines });
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    expect(doc.numPages).toBeGreaterThan(1);
    const { text } = await extractText(doc, { mergePages: false });
    expect(text.every((page) => page.includes("support@example.com"))).toBe(true);
  });
});
