import type { JelasticClient } from "@/lib/jelastic";
import type { PrismaClient, Prisma } from "@/lib/db";
import type { WhmcsClient } from "@/lib/whmcs";
import type { ProviderRegistry } from "./provider";

/** A Prisma client or the transaction client inside `$transaction`. */
export type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Tells the customer (dashboard notification + email; lib/notifications). Called as a step's
 * effect before the state change, so it must be idempotent: the notifier deduplicates by payment.
 */
export type NotifyPort = (accountId: string, event: PaymentNotification) => Promise<void>;

/** The events the saga raises (a subset of lib/notifications' NotificationEvent). */
export type PaymentNotification =
  | {
      kind: "upgrade_done";
      paymentId: string;
      amountMinor: number;
      currency: string;
      newGroup: string;
    }
  | { kind: "refill_done"; paymentId: string; amountMinor: number; currency: string }
  | {
      kind: "payment_failed";
      paymentId: string;
      amountMinor: number;
      currency: string;
      reason:
        | "declined"
        | "insufficient_funds"
        | "authentication_failed"
        | "cancelled"
        | "provider_error";
    };

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
  audit: AuditPort;
  config: SettlementConfig;
  now(): Date;
  afterEffect?: StepHook;
};
