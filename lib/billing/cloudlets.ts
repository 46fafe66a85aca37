/**
 * Cloudlet arithmetic. The platform bills in cloudlets, but the portal shows RAM and CPU explicitly
 * (the WHMCS panel it replaces does the same), so both directions are needed.
 */

/** Platform constants (reference §3.1); some hosters once advertised 200 MHz, the platform uses 400. */
export const MIB_PER_CLOUDLET = 128;
export const MHZ_PER_CLOUDLET = 400;

/**
 * Upper bound for any cloudlet count we compute or accept (512 GiB RAM). Far above any per-node
 * quota a hoster sets, but low enough that every derived product stays a safe integer.
 */
export const MAX_CLOUDLETS = 4096;

export type Resources = { ramMiB: number; cpuMHz: number };

/** Cloudlets needed to cover both the RAM and the CPU ask; a cloudlet always brings both. */
export function cloudletsFor({ ramMiB, cpuMHz }: Resources): number {
  assertCount("ramMiB", ramMiB, MAX_CLOUDLETS * MIB_PER_CLOUDLET);
  assertCount("cpuMHz", cpuMHz, MAX_CLOUDLETS * MHZ_PER_CLOUDLET);
  return Math.max(Math.ceil(ramMiB / MIB_PER_CLOUDLET), Math.ceil(cpuMHz / MHZ_PER_CLOUDLET));
}

export function resourcesOf(cloudlets: number): Resources {
  assertCount("cloudlets", cloudlets, MAX_CLOUDLETS);
  return { ramMiB: cloudlets * MIB_PER_CLOUDLET, cpuMHz: cloudlets * MHZ_PER_CLOUDLET };
}

/** Callers pass slider or form values; a fraction or NaN here is a bug upstream, not a rounding job. */
function assertCount(name: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`${name} must be an integer between 0 and ${max}, got ${value}`);
  }
}
