import { environments } from "./seed-data/environments";
import { billingDocuments } from "./seed-data/billing-documents";
import { invoices } from "./seed-data/invoices";
import { platformUsers, regions } from "./seed-data/platform-users";
import { whmcsClients, whmcsUsers } from "./seed-data/whmcs-clients";
import { emptyStripeState } from "./stripe/state";
import { STATE_VERSION, type SandboxState } from "./state/types";

/**
 * The demo seed of CONTRACTS.md. Deterministic: fixed ids and absolute dates (around the 2026-11
 * demo epoch), no randomness, so every reset produces the same data.
 */
/** Adds the "View invoices" seed: currencies, more clients, orders, credits, bulk history. */
function withBillingDocuments(
  base: Pick<SandboxState["whmcs"], "users" | "clients" | "invoices" | "ssoTokens">,
): SandboxState["whmcs"] {
  const extra = billingDocuments();
  return {
    ...base,
    users: [...base.users, ...extra.users],
    clients: [...base.clients, ...extra.clients],
    invoices: [...base.invoices, ...extra.invoices],
    orders: extra.orders,
    credits: extra.credits,
    transactions: extra.transactions,
  };
}

export function seedState(): SandboxState {
  return {
    version: STATE_VERSION,
    platform: {
      regions: regions.map((r) => ({ ...r })),
      users: platformUsers(),
      envs: environments(),
      sessions: {},
      authLinks: {},
      dashboardSessions: {},
    },
    whmcs: withBillingDocuments({
      users: whmcsUsers(),
      clients: whmcsClients(),
      invoices: invoices(),
      ssoTokens: {},
    }),
    mail: { emails: [] },
    stripe: emptyStripeState(),
  };
}
