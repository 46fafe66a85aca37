import type { SandboxDeps } from "../context";

/**
 * Creation takes time on a real platform, so a new environment stays `creating` (6) for a delay and
 * then becomes `running` (1). Nothing runs in the background: every platform call settles the
 * environments whose time has come first, so state stays consistent without timers to clean up.
 */
const DEFAULT_DELAY_MS = 4_000;
const delays = new WeakMap<SandboxDeps, number>();

function envDefault(): number {
  const raw = Number(process.env.SANDBOX_CREATE_DELAY_MS);
  return Number.isInteger(raw) && raw >= 0 ? raw : DEFAULT_DELAY_MS;
}

export function creationDelayMs(deps: SandboxDeps): number {
  return delays.get(deps) ?? envDefault();
}

/** Set through `POST /_control/platform-settings`; kept in memory like faults. */
export function setCreationDelayMs(deps: SandboxDeps, ms: number): void {
  delays.set(deps, ms);
}

const CREATING = 6;
const RUNNING = 1;

export function settleCreations(deps: SandboxDeps): void {
  const now = deps.now();
  const due = deps.store.state.platform.envs.filter(
    (e) => e.status === CREATING && e.readyAt !== undefined && e.readyAt <= now,
  );
  if (due.length === 0) return;
  deps.store.update(() => {
    for (const environment of due) {
      environment.status = RUNNING;
      delete environment.readyAt;
      for (const node of environment.nodes) node.status = RUNNING;
    }
  });
}
