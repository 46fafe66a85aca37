import type { JelasticClient } from "@/lib/jelastic";
import type { PrismaClient, Prisma } from "@/lib/db";
import type { WhmcsClient } from "@/lib/whmcs";
import type { ProviderRegistry } from "./provider";

/** A Prisma client or the transaction client inside `$transaction`. */
export type Db = PrismaClient | Prisma.TransactionClient;

/** The dashboard/email port; `tx` is the transaction that also moves the payment to `notified`. */
export type NotifyPort = (
  tx: Prisma.TransactionClient,
  message: { accountId: string; kind: string; data: Record<string, string | number | boolean> },
) => Promise<void>;

/**
 * Sends the email of a notification the saga wrote (lib/notifications `notify` with the same
 * event). Must not throw: a failed send stays pending for `retryPendingEmails`.
 */
export type EmailPort = (
  accountId: string,
  message: { kind: string; data: Record<string, string | number | boolean> },
) => Promise<void>;

export type SettlementAudit = {
  accountId: string;
  action: string;
  target: string;
  outcome: "success" | "failure";
  details?: Record<string, string | number | boolean | null>;
};

export type AuditPort = (db: Db, entry: SettlementAudit) => Promise<void>;

export type SettlementConfig = {
  rechargeProductId: number;
  billingGroup: string;
  /** How long one runner may hold an attempt before another may take over (process died). */
  leaseMs: number;
  stuckAfterMs: number;
  abandonAfterMs: number;
  /** Where providers send the customer back; `{paymentId}` is replaced. */
  returnUrl: string | null;
  /** Where cancelling at the provider leads; `{paymentId}` is replaced. */
  cancelUrl: string | null;
};

/** Test seam: called after a step's upstream effect and before its state is written. */
export type StepHook = (step: string, paymentId: string) => void | Promise<void>;

/** Everything the saga talks to, passed in explicitly so tests and the worker build their own. */
export type SettlementDeps = {
  db: PrismaClient;
  whmcs: WhmcsClient;
  jelastic: JelasticClient;
  providers: ProviderRegistry;
  notify: NotifyPort;
  /** Optional: without it (tests of the saga alone) only the dashboard is told. */
  email?: EmailPort;
  audit: AuditPort;
  config: SettlementConfig;
  now(): Date;
  afterEffect?: StepHook;
};
