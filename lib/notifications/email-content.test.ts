import { describe, expect, it } from "vitest";
import { messagesFor, type Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translate";
import { renderEmail } from "@/lib/mail";
import { buildNotificationEmail } from "./email-content";
import { storedParamsOf, type NotificationEvent } from "./events";
import { presentNotification } from "./present";

const occurredAt = new Date("2026-11-30T09:05:00Z");
const brand = { hosterName: "Acme Cloud", logoUrl: null, primaryColor: "#0b6e4f" };

function render(event: NotificationEvent, locale: Locale, name: string | null = "Bill Billing") {
  const content = buildNotificationEmail(event, {
    t: createTranslator(locale, messagesFor(locale)),
    locale,
    hosterName: "Acme Cloud",
    supportEmail: "help@acme.test",
    supportUrl: "https://acme.test/help",
    portalUrl: "https://portal.acme.test",
    recipientName: name,
    occurredAt,
  });
  return renderEmail(content, brand);
}

const refill: NotificationEvent = {
  kind: "refill_done",
  paymentId: "pay_42",
  amountMinor: 123456,
  currency: "EUR",
  balanceMinor: 130000,
};
const credentials: NotificationEvent = {
  kind: "billing_account_created",
  billingPanelUrl: "https://billing.acme.test/",
  email: "bill@example.com",
  password: "Xy<&>9",
};

describe("notification emails", () => {
  it("refill in English: amounts, date and support contact through Intl, both parts", () => {
    const mail = render(refill, "en");
    expect(mail.subject).toBe("Your Acme Cloud balance was refilled with €1,234.56");
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain("Hello Bill Billing,");
      expect(part).toContain("€1,300.00");
      expect(part).toContain("November 30, 2026");
      expect(part).toContain("help@acme.test");
      expect(part).toContain("pay_42");
    }
    expect(mail.html).toContain('href="https://portal.acme.test/"');
  });

  it("refill in German: German words, numbers and dates", () => {
    const mail = render(refill, "de");
    expect(mail.subject).toBe("Ihr Acme Cloud-Guthaben wurde um 1.234,56\u00a0€ aufgeladen");
    expect(mail.text).toContain("Hallo Bill Billing,");
    expect(mail.text).toContain("Neues Guthaben: 1.300,00\u00a0€");
    expect(mail.text).toContain("30. November 2026");
    expect(mail.html).toContain('<html lang="de">');
  });

  it("payment failed names the reason in the reader's language", () => {
    const failed: NotificationEvent = {
      kind: "payment_failed",
      paymentId: "pay_7",
      amountMinor: 1000,
      currency: "USD",
      reason: "authentication_failed",
    };
    expect(render(failed, "en").text).toContain("Reason: The bank's verification (3-D Secure)");
    expect(render(failed, "de").subject).toBe(
      "Ihre Zahlung über 10,00\u00a0$ ist nicht durchgegangen",
    );
  });

  it("upgrade says the new group, translated when known", () => {
    const upgrade: NotificationEvent = {
      kind: "upgrade_done",
      paymentId: "pay_9",
      amountMinor: 500,
      currency: "USD",
      newGroup: "billing",
    };
    expect(render(upgrade, "de").text).toContain("Kontogruppe: Abrechnung");
    expect(render(upgrade, "en", null).text).toContain("Hello,\n");
  });

  it("puts the password into the credentials email only, escaped in HTML", () => {
    const mail = render(credentials, "en");
    expect(mail.text).toContain("Password: Xy<&>9");
    expect(mail.html).toContain("Xy&lt;&amp;&gt;9");
    expect(mail.html).not.toContain("Xy<&>9");
    for (const other of [
      refill,
      { ...refill, kind: "upgrade_done", newGroup: "billing" },
    ] as const) {
      expect(render(other as NotificationEvent, "en").text).not.toMatch(/password/i);
    }
    const view = presentNotification(
      "billing_account_created",
      { billingPanelUrl: credentials.billingPanelUrl, email: credentials.email },
      createTranslator("en", messagesFor("en")),
      "en",
    );
    expect(JSON.stringify(view)).not.toContain("Xy<&>9");
  });
});

describe("dashboard texts", () => {
  const t = createTranslator("de", messagesFor("de"));

  it("render stored params in the reader's language", () => {
    expect(presentNotification("refill_done", storedParamsOf(refill), t, "de")).toEqual({
      title: "Guthaben aufgeladen",
      body: "1.234,56\u00a0€ wurden Ihrem Guthaben gutgeschrieben. Neues Guthaben: 1.300,00\u00a0€",
    });
  });

  it("fall back to a generic message for unknown kinds or damaged params", () => {
    expect(presentNotification("legacy", {}, t, "de").title).toBe("Benachrichtigung");
    expect(presentNotification("refill_done", { amountMinor: "x" }, t, "de").title).toBe(
      "Benachrichtigung",
    );
  });
});
