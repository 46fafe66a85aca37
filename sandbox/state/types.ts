import type {
  AuthLink,
  DashboardSession,
  Environment,
  PlatformSession,
  PlatformUser,
  Region,
} from "./platform-types";
import type { StripeState } from "../stripe/state";
import type { CreditEntry, LooseTransaction, Order } from "./whmcs-billing-types";
import type { SandboxBillingState } from "./billing-types";
import type { Invoice, SsoToken, WhmcsClient, WhmcsUser } from "./whmcs-types";
import type { PaypalState } from "../paypal/types";

export type * from "./platform-types";
export type * from "./whmcs-types";
export type * from "./whmcs-billing-types";

/**
 * Everything the sandbox remembers, as plain JSON (it is persisted as one file). Money is kept in
 * integer cents and converted to each vendor's wire format (numbers or "12.00" strings) on the way out.
 */
export const STATE_VERSION = 4;

export interface StoredEmail {
  id: string;
  from: string;
  fromName: string;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  html: string | null;
  messageId: string | null;
  envelope: { from: string; to: string[] };
  receivedAt: string;
}

export interface SandboxState {
  version: typeof STATE_VERSION;
  platform: {
    regions: Region[];
    users: PlatformUser[];
    envs: Environment[];
    sessions: Record<string, PlatformSession>;
    authLinks: Record<string, AuthLink>;
    dashboardSessions: Record<string, DashboardSession>;
  };
  whmcs: {
    users: WhmcsUser[];
    clients: WhmcsClient[];
    invoices: Invoice[];
    ssoTokens: Record<string, SsoToken>;
    orders: Order[];
    credits: CreditEntry[];
    /** Transactions outside any invoice; invoice payments live on their invoice. */
    transactions: LooseTransaction[];
  };
  mail: { emails: StoredEmail[] };
  stripe: StripeState;
  /** Created on first use (sandbox/paypal/state.ts), so older state files stay loadable. */
  paypal?: PaypalState;
  /** Orders and platform fundings; absent in older state files (see sandbox/billing/state.ts). */
  billing?: SandboxBillingState;
}
