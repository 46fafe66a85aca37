import "server-only";
import { z } from "zod";
import { getDb } from "./db";
import type { SessionAccount } from "./session";

/**
 * The cards and PayPal accounts this account saved (PaymentMethod rows written by the saga when the
 * customer opted in). Display fields only: provider tokens never leave the server.
 */
export type SavedMethod =
  | {
      id: string;
      kind: "card";
      provider: string;
      isDefault: boolean;
      brand: string;
      last4: string;
      expMonth: number;
      expYear: number;
    }
  | { id: string; kind: "paypal"; provider: string; isDefault: boolean; email: string };

const cardDisplay = z.object({
  brand: z.string().max(40),
  last4: z.string().regex(/^\d{4}$/),
  expMonth: z.number().int().min(1).max(12),
  expYear: z.number().int().min(2000).max(2200),
});
const paypalDisplay = z.object({ email: z.string().max(320) });

export async function listSavedMethods(account: SessionAccount): Promise<SavedMethod[]> {
  const rows = await getDb().paymentMethod.findMany({
    where: { accountId: account.id },
    orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }],
    select: { id: true, kind: true, provider: true, isDefault: true, display: true },
  });
  return rows.flatMap((row): SavedMethod[] => {
    const base = { id: row.id, provider: row.provider, isDefault: row.isDefault };
    if (row.kind === "card") {
      const card = cardDisplay.safeParse(row.display);
      return card.success ? [{ ...base, kind: "card", ...card.data }] : [];
    }
    if (row.kind === "paypal") {
      const paypal = paypalDisplay.safeParse(row.display);
      return paypal.success ? [{ ...base, kind: "paypal", ...paypal.data }] : [];
    }
    return [];
  });
}
