import type { FaultRegistry } from "./control/faults";
import type { Logger } from "./logger";
import type { Store } from "./state/store";
import type { WebhookDispatcher } from "./webhooks/dispatcher";

/** What every route module needs; built once in server.ts and passed down explicitly. */
export interface SandboxDeps {
  store: Store;
  faults: FaultRegistry;
  /** Outgoing webhooks of every provider (retries, delay/duplicate/drop/reorder controls). */
  webhooks: WebhookDispatcher;
  /** Base URL for links the sandbox mints (SSO redirect URLs, one-time login links). */
  publicUrl: string;
  log: Logger;
  now(): number;
}

/** Well-known fake credentials (CONTRACTS.md); the portal refuses the `sandbox_` prefix in production. */
export const credentials = {
  whmcsIdentifier: "sandbox_whmcs_identifier",
  whmcsSecret: "sandbox_whmcs_secret",
  platformAdminToken: "sandbox_platform_admin_token",
  stripeSecretKey: "sk_test_sandbox",
  stripeWebhookSecret: "whsec_sandbox_stripe_webhook_secret",
} as const;
