import type { SandboxDeps } from "../context";
import type { SandboxBillingState } from "../state/billing-types";

/** The hoster's recharge-card product: a one-time product whose price the portal overrides. */
export const RECHARGE_PRODUCT = { pid: 1, name: "Platform balance recharge" } as const;

/** The billing part of the state, created on first use (state files from before it load unchanged). */
export function billingState(deps: SandboxDeps): SandboxBillingState {
  const state = deps.store.state;
  state.billing ??= { orders: [], fundings: [], nextServiceId: 9001 };
  return state.billing;
}

/** "2026-11-30 01:02:03" in UTC, as WHMCS and the platform write dates. */
export function sqlDateTime(now: number): string {
  return new Date(now).toISOString().slice(0, 19).replace("T", " ");
}
