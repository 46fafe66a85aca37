import { z } from "zod";

/** Why a payment failed, as the payment providers' answers are mapped by the settlement saga. */
export const paymentFailureReasons = [
  "declined",
  "insufficient_funds",
  "authentication_failed",
  "cancelled",
  "provider_error",
] as const;
export type PaymentFailureReason = (typeof paymentFailureReasons)[number];

const amountMinor = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const balanceMinor = z
  .number()
  .int()
  .min(-Number.MAX_SAFE_INTEGER)
  .max(Number.MAX_SAFE_INTEGER)
  .optional();
const currency = z.string().regex(/^[A-Z]{3}$/, { message: "expected an ISO 4217 code like USD" });
const reference = z.string().trim().min(1).max(200);

const upgradeDone = z.strictObject({
  kind: z.literal("upgrade_done"),
  paymentId: reference,
  amountMinor,
  currency,
  /** Platform group after the conversion, e.g. "billing". */
  newGroup: z.string().trim().min(1).max(64),
  balanceMinor,
});

const refillDone = z.strictObject({
  kind: z.literal("refill_done"),
  paymentId: reference,
  amountMinor,
  currency,
  balanceMinor,
});

const paymentFailed = z.strictObject({
  kind: z.literal("payment_failed"),
  paymentId: reference,
  amountMinor,
  currency,
  reason: z.enum(paymentFailureReasons),
  /** Attempt number when the same payment is retried and fails again (default 1). */
  attempt: z.number().int().positive().max(1000).optional(),
});

const billingAccountCreated = z.strictObject({
  kind: z.literal("billing_account_created"),
  billingPanelUrl: z.url({ protocol: /^https?$/ }),
  email: z.email(),
  /** Goes into the email only: never stored, never logged. */
  password: z.string().min(1).max(200),
});

/** What the settlement saga tells the customer about; validated at this boundary. */
export const notificationEventSchema = z.discriminatedUnion("kind", [
  upgradeDone,
  refillDone,
  paymentFailed,
  billingAccountCreated,
]);
export type NotificationEvent = z.infer<typeof notificationEventSchema>;
export type NotificationKind = NotificationEvent["kind"];
export const notificationKinds: readonly NotificationKind[] = [
  "upgrade_done",
  "refill_done",
  "payment_failed",
  "billing_account_created",
];

/**
 * What the dashboard row keeps: the event without its kind and without secrets. Parsed again on
 * every read, so a row written by an older version renders as a generic notification, not a crash.
 */
export const storedParamsSchemas = {
  upgrade_done: upgradeDone.omit({ kind: true }),
  refill_done: refillDone.omit({ kind: true }),
  payment_failed: paymentFailed.omit({ kind: true }),
  billing_account_created: billingAccountCreated.omit({ kind: true, password: true }),
} as const;
export type StoredParams<K extends NotificationKind> = z.infer<(typeof storedParamsSchemas)[K]>;

/** Kinds whose email carries a secret that is not stored, so only the caller can resend it. */
export const kindsWithSecrets: readonly NotificationKind[] = ["billing_account_created"];

/**
 * The same event told twice is one notification: per payment (and attempt, for failures), or
 * per billing login for the credentials message.
 */
export function dedupeKeyOf(event: NotificationEvent): string {
  switch (event.kind) {
    case "upgrade_done":
    case "refill_done":
      return event.paymentId;
    case "payment_failed":
      return `${event.paymentId}#${event.attempt ?? 1}`;
    case "billing_account_created":
      return event.email.toLowerCase();
  }
}

export function storedParamsOf(event: NotificationEvent): Record<string, string | number> {
  const { kind: _kind, ...rest } = event;
  const params: Record<string, string | number | undefined> = { ...rest };
  delete params.password;
  return Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, string | number] => entry[1] != null),
  );
}

/** Rebuilds the event from a stored row (for resending its email); null for unknown or bad rows. */
export function eventFromStored(kind: string, params: unknown): NotificationEvent | null {
  if (!notificationKinds.includes(kind as NotificationKind)) return null;
  if (kindsWithSecrets.includes(kind as NotificationKind)) return null;
  const parsed = notificationEventSchema.safeParse({
    ...(typeof params === "object" && params !== null ? params : {}),
    kind,
  });
  return parsed.success ? parsed.data : null;
}
