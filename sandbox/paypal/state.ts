import { randomBytes, randomInt } from "node:crypto";
import type { SandboxDeps } from "../context";
import type { SandboxState } from "../state/types";
import type { PaypalState } from "./types";

/** Well-known fake REST app credentials; the portal refuses the `sandbox_` prefix in production. */
export const paypalCredentials = {
  clientId: "sandbox_paypal_client_id",
  clientSecret: "sandbox_paypal_client_secret",
} as const;

function emptyState(): PaypalState {
  return {
    accessTokens: {},
    orders: {},
    requests: {},
    vaultTokens: {},
    customers: {},
    transmissions: {},
    events: [],
  };
}

/** The PayPal part of the state, created on first use (a reset drops it with everything else). */
export function paypalOf(state: SandboxState): PaypalState {
  state.paypal ??= emptyState();
  return state.paypal;
}

/** Mutates the PayPal state and persists it. */
export function updatePaypal<T>(deps: SandboxDeps, change: (paypal: PaypalState) => T): T {
  return deps.store.update((state) => change(paypalOf(state)));
}

export function readPaypal(deps: SandboxDeps): PaypalState {
  return deps.store.state.paypal ?? emptyState();
}

const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

/** 17 characters of upper-case letters and digits, like PayPal's order and capture ids. */
export function paypalId(length = 17): string {
  let id = "";
  for (let i = 0; i < length; i++) id += UPPER[randomInt(UPPER.length)];
  return id;
}

/** Vault token ids are short lower-case strings ("8kk8451t"). */
export function vaultTokenId(): string {
  return randomBytes(5).toString("hex").slice(0, 8);
}

export function isoNow(deps: SandboxDeps): string {
  return new Date(deps.now()).toISOString().replace(/\.\d{3}Z$/, "Z");
}
