import { z } from "zod";
import { intLike } from "@/lib/http/wire-schemas";

/**
 * Raw WHMCS response shapes (reference §1.8). WHMCS is loose about types, so every leaf accepts what
 * real installs send: ids as numbers or strings, money as decimal strings, "0000-00-00" for "no date",
 * and wrapped lists `{invoices:{invoice:[…]}}` that may also be "", missing, or a single object.
 */

export { intLike };

/** Kept as text so money is converted exactly later, once the currency is known. */
export const decimal = z
  .union([
    z.number(),
    z
      .string()
      .trim()
      .regex(/^-?\d*\.?\d+$/),
  ])
  .transform(String);

export const text = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value == null ? "" : String(value)));

/** true, 1, "1", "true", "on" → true; anything else false. */
export const boolish = z
  .union([z.boolean(), z.number(), z.string(), z.null()])
  .optional()
  .transform((value) => value === true || value === 1 || /^(1|true|on|yes)$/i.test(String(value)));

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * "Y-m-d" or "Y-m-d H:i:s" in the WHMCS server's zone, which the API does not state: read as UTC.
 * Zero dates and "" mean "not set".
 */
export const whmcsDate = z
  .string()
  .nullish()
  .transform((value, ctx) => {
    const trimmed = value?.trim() ?? "";
    if (trimmed === "" || trimmed.startsWith("0000-00-00")) return null;
    const m = DATE.exec(trimmed);
    if (!m) {
      ctx.addIssue({ code: "custom", message: "expected Y-m-d or Y-m-d H:i:s" });
      return z.NEVER;
    }
    const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
    return new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h || 0, mi || 0, s || 0));
  });

export const requiredDate = whmcsDate.pipe(z.date({ message: "expected a date" }));

/** The stored invoice statuses; "Overdue" exists only as a GetInvoices filter. */
export const WHMCS_INVOICE_STATUSES = [
  "Paid",
  "Unpaid",
  "Cancelled",
  "Refunded",
  "Collections",
  "Draft",
  "Payment Pending",
] as const;

const invoiceStatus = z.preprocess(
  (value) =>
    WHMCS_INVOICE_STATUSES.find((s) => s.toLowerCase() === String(value).trim().toLowerCase()) ??
    value,
  z.enum(WHMCS_INVOICE_STATUSES),
);

/** Normalises every list encoding WHMCS uses to a plain array before validation. */
export function unwrapList(value: unknown, singular: string): unknown[] {
  if (value === undefined || value === null || value === "") return [];
  if (Array.isArray(value)) return value;
  if (typeof value !== "object") return [value];
  const record = value as Record<string, unknown>;
  if (singular in record) return unwrapList(record[singular], singular);
  const keys = Object.keys(record);
  if (keys.length === 0) return [];
  // PHP arrays with gaps arrive as objects keyed "0", "1", …
  if (keys.every((key) => /^\d+$/.test(key))) return Object.values(record);
  return [record];
}

export function wrappedList<T extends z.ZodType>(singular: string, item: T) {
  return z.preprocess((value) => unwrapList(value, singular), z.array(item));
}

/** Every reply: `result` (or, in some actions, `status`) is "success" or "error" + `message`. */
export const envelopeSchema = z.looseObject({
  result: z.string().optional(),
  status: z.string().optional(),
  message: text.optional(),
});

export const validateLoginSchema = z.looseObject({ userid: intLike });

const userClientSchema = z.object({ id: intLike, isOwner: boolish });

export const getUsersSchema = z.looseObject({
  totalresults: intLike.optional(),
  users: wrappedList(
    "user",
    z.object({
      id: intLike,
      firstname: text,
      lastname: text,
      email: z.string(),
      clients: wrappedList("client", userClientSchema),
    }),
  ),
});

export const clientDetailsSchema = z.looseObject({
  client: z
    .object({
      id: intLike.optional(),
      client_id: intLike.optional(),
      userid: intLike.optional(),
      email: z.string(),
      firstname: text,
      lastname: text,
      companyname: text,
      countrycode: z.string().optional(),
      country: text,
      currency_code: z.string().optional(),
      credit: decimal.default("0.00"),
      status: text,
    })
    .refine((c) => (c.id ?? c.client_id ?? c.userid) !== undefined, "expected a client id"),
});

export const getClientsSchema = z.looseObject({
  totalresults: intLike.optional(),
  clients: wrappedList(
    "client",
    z.object({
      id: intLike,
      firstname: text,
      lastname: text,
      companyname: text,
      email: z.string(),
      datecreated: whmcsDate,
      status: text,
    }),
  ),
});

export const ssoTokenSchema = z.looseObject({ redirect_url: z.string().min(1) });

export const invoiceSchema = z.object({
  id: intLike,
  invoicenum: text,
  date: requiredDate,
  duedate: requiredDate,
  datepaid: whmcsDate,
  subtotal: decimal,
  credit: decimal.default("0.00"),
  tax: decimal.default("0.00"),
  tax2: decimal.default("0.00"),
  total: decimal,
  balance: decimal.optional(),
  status: invoiceStatus,
  currencycode: z.string().optional(),
});

export const getInvoicesSchema = z.looseObject({
  totalresults: intLike.optional(),
  invoices: wrappedList("invoice", invoiceSchema),
});

export type RawInvoice = z.output<typeof invoiceSchema>;
export type RawClientDetails = z.output<typeof clientDetailsSchema>["client"];
export type RawUsers = z.output<typeof getUsersSchema>;
export type RawClients = z.output<typeof getClientsSchema>;
export type RawInvoices = z.output<typeof getInvoicesSchema>;
