import type { Money } from "@/lib/billing/money";
import { formatMoney } from "@/lib/billing/money";

export { formatMoney };
export type { Money };

export function formatDate(value: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(value);
}

export function formatDateTime(value: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(value);
}
