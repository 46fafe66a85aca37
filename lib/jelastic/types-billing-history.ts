/** Billing history as the portal sees it; platform field names stay in billing-history.ts. */

/** Bucket sizes the platform aggregates by (reference §2.5 `period`); AGE = one bucket for the range. */
export type HistoryPeriod = "HOUR" | "DAY" | "WEEK" | "MONTH" | "AGE";

/** Resources the platform bills separately (reference §5.4: cloudlets, storage, IPs, SSL, traffic). */
export const CHARGE_RESOURCES = [
  "cloudletsReserved",
  "cloudletsDynamic",
  "storage",
  "publicIp",
  "ssl",
  "traffic",
] as const;
export type ChargeResource = (typeof CHARGE_RESOURCES)[number];

export type BillingHistoryQuery = {
  /** Inclusive start and exclusive end, in UTC. */
  start: Date;
  end: Date;
  period: HistoryPeriod;
  /** Only this environment (its appid). */
  appid?: string;
};

/** One environment's charges in one period. Amounts are charge units (lib/billing/charges.ts). */
export type BillingHistoryRow = {
  /** Start of the period, UTC, ISO 8601 ("2026-11-01T00:00:00.000Z"). */
  periodStart: string;
  appid: string;
  envName: string;
  displayName: string | null;
  total: number;
  /** The part taken from the bonus balance; the rest came from the main balance. */
  bonus: number;
  /** Per resource where the platform itemises the row; missing resources were not charged. */
  resources: Partial<Record<ChargeResource, number>>;
};
