import { environments } from "./seed-data/environments";
import { invoices } from "./seed-data/invoices";
import { platformUsers, regions } from "./seed-data/platform-users";
import { whmcsClients, whmcsUsers } from "./seed-data/whmcs-clients";
import { emptyStripeState } from "./stripe/state";
import { STATE_VERSION, type SandboxState } from "./state/types";

/**
 * The demo seed of CONTRACTS.md. Deterministic: fixed ids and absolute dates (around the 2026-11
 * demo epoch), no randomness, so every reset produces the same data.
 */
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
    whmcs: { users: whmcsUsers(), clients: whmcsClients(), invoices: invoices(), ssoTokens: {} },
    mail: { emails: [] },
    stripe: emptyStripeState(),
  };
}
