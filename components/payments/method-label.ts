import { formatMoney } from "@/lib/billing/money";
import { formatMessage } from "@/lib/i18n/format-message";
import type { PaymentsMessages } from "@/lib/i18n/messages/payments.en";
import type { MethodChoice } from "@/lib/payments/ui/flow-types";

const BRANDS: Record<string, string> = {
  visa: "Visa",
  mastercard: "Mastercard",
  amex: "American Express",
  discover: "Discover",
  diners: "Diners Club",
  jcb: "JCB",
  unionpay: "UnionPay",
};

export function cardBrand(brand: string): string {
  return BRANDS[brand.toLowerCase()] ?? brand.charAt(0).toUpperCase() + brand.slice(1);
}

/** The visible name of a method choice, e.g. "Visa •••• 4242, expires 12/2030". */
export function methodLabel(
  choice: MethodChoice,
  ctx: { m: PaymentsMessages; locale: string; currency: string; supportEmail: string },
): { label: string; detail: string | null } {
  const { m, locale } = ctx;
  switch (choice.kind) {
    case "saved-card":
      return {
        label: formatMessage(locale, m.flow.savedCard, {
          brand: cardBrand(choice.brand),
          last4: choice.last4,
          month: String(choice.expMonth).padStart(2, "0"),
          year: choice.expYear,
        }),
        detail: choice.isDefault ? m.flow.defaultMethod : null,
      };
    case "saved-paypal":
      return {
        label: formatMessage(locale, m.flow.savedPaypal, { email: choice.email }),
        detail: choice.isDefault ? m.flow.defaultMethod : null,
      };
    case "new-card":
      return { label: m.flow.newCard, detail: null };
    case "paypal":
      return { label: m.flow.paypal, detail: null };
    case "credit":
      return {
        label: m.flow.credit,
        detail: formatMessage(locale, m.flow.creditAvailable, {
          amount: formatMoney(
            { amountMinor: choice.availableMinor, currency: ctx.currency },
            locale,
          ),
        }),
      };
    case "contact":
      return {
        label: choice.name,
        detail: formatMessage(locale, m.flow.contact, {
          name: choice.name,
          email: ctx.supportEmail,
        }),
      };
  }
}
