import { z } from "zod";
import { money, toDecimalString, type Money } from "@/lib/billing/money";
import type { JelasticTransport } from "./client";

/**
 * Admin billing calls (reference §2.5): fund an account and move it between groups. Sent with the
 * admin token, never retried here: FundAccount has no idempotency key, so the saga looks the note
 * up in the fund history before it ever repeats one.
 */
export type FundingRecord = { amount: Money; note: string; isBonus: boolean; at: Date | null };

export type JelasticBillingAdmin = {
  fundAccount(input: { uid: number; amount: Money; note: string }): Promise<void>;
  getFundHistory(input: { uid: number; from: Date; to: Date }): Promise<FundingRecord[]>;
  setGroup(input: { uid: number; groupName: string }): Promise<void>;
};

const okSchema = z.looseObject({});

const historySchema = z.looseObject({
  array: z
    .array(
      z.looseObject({
        amount: z.union([z.number(), z.string()]),
        note: z.string().nullish(),
        isBonus: z.union([z.boolean(), z.string()]).nullish(),
        operationDate: z.string().nullish(),
      }),
    )
    .nullish()
    .transform((rows) => rows ?? []),
});

/** "yyyy-MM-dd HH:mm:ss" (UTC), the platform's date parameter format. */
const platformDate = (date: Date) => date.toISOString().slice(0, 19).replace("T", " ");

function parsePlatformDate(text: string | null | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(text ?? "");
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0));
}

export function billingAdminMethods(transport: JelasticTransport): JelasticBillingAdmin {
  const session = transport.adminToken;
  return {
    fundAccount: ({ uid, amount, note }) => {
      if (amount.currency !== transport.currency) {
        throw new RangeError(
          `Funding in ${amount.currency}, platform bills in ${transport.currency}`,
        );
      }
      return transport.call(
        "billing/account/FundAccount",
        { uid, amount: toDecimalString(amount), isBonus: false, note },
        okSchema,
        () => undefined,
        { session, idempotent: false },
      );
    },
    getFundHistory: ({ uid, from, to }) =>
      transport.call(
        "billing/account/GetFundAccountHistory",
        { uid, startTime: platformDate(from), endTime: platformDate(to) },
        historySchema,
        (raw) =>
          raw.array.map((row) => ({
            amount: money(row.amount, transport.currency),
            note: row.note ?? "",
            isBonus: row.isBonus === true || row.isBonus === "true",
            at: parsePlatformDate(row.operationDate),
          })),
        { session, idempotent: true },
      ),
    setGroup: ({ uid, groupName }) =>
      transport.call(
        "billing/account/SetGroup",
        { uid, groupName, resetBalance: false, resetBonus: false },
        okSchema,
        () => undefined,
        // Setting the same group again changes nothing, so a retry is harmless.
        { session, idempotent: true },
      ),
  };
}
