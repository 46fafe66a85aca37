import { appidFor } from "./env-builder";

/**
 * Who was charged for what, as a formula rather than rows: the sandbox computes each hour's charges
 * on the fly (sandbox/jelastic/billing-history), so two years of hourly history cost nothing in the
 * state file. Times are relative to the current hour, so "recent spend" is always recent.
 */
export type EnvChargeProfile = {
  envName: string;
  appid: string;
  displayName: string;
  /** Created this many days before now; removed this many days before now (still in history). */
  createdDaysAgo: number;
  removedDaysAgo?: number;
  /** Stopped or asleep since: only storage and public IPs are charged after that. */
  pausedDaysAgo?: number;
  reservedCloudlets: number;
  /** Dynamic cloudlets used at a busy hour, before growth. */
  dynamicCloudlets: number;
  storageGb: number;
  publicIps: number;
  ssl: boolean;
  trafficGbPerDay: number;
};

export type ChargeProfile = {
  uid: number;
  /** Hours of history = days × 24, ending at the current hour. */
  historyDays: number;
  /** Bonus granted on the 1st of each month (UTC), in micro-units (1e-6) of the currency; spent first. */
  monthlyBonusMicro: number;
};

function envProfile(spec: Omit<EnvChargeProfile, "appid">): EnvChargeProfile {
  return { ...spec, appid: appidFor(spec.envName) };
}

/** A small production site with a database and a cache, used for both benchmark accounts. */
function threeTierEnvs(prefix: string, historyDays: number): EnvChargeProfile[] {
  return [
    envProfile({
      envName: `${prefix}-app`,
      displayName: "Web application",
      createdDaysAgo: historyDays,
      reservedCloudlets: 4,
      dynamicCloudlets: 6,
      storageGb: 10,
      publicIps: 1,
      ssl: true,
      trafficGbPerDay: 3,
    }),
    envProfile({
      envName: `${prefix}-db`,
      displayName: "Database",
      createdDaysAgo: historyDays,
      reservedCloudlets: 3,
      dynamicCloudlets: 2,
      storageGb: 40,
      publicIps: 0,
      ssl: false,
      trafficGbPerDay: 0.5,
    }),
    envProfile({
      envName: `${prefix}-cache`,
      displayName: "Cache",
      createdDaysAgo: historyDays,
      reservedCloudlets: 1,
      dynamicCloudlets: 2,
      storageGb: 2,
      publicIps: 0,
      ssl: false,
      trafficGbPerDay: 0.2,
    }),
  ];
}

export const chargeProfiles: Record<number, ChargeProfile & { envs: EnvChargeProfile[] }> = {
  // trial@demo.test: a few days on the trial bonus.
  1001: {
    uid: 1001,
    historyDays: 12,
    monthlyBonusMicro: 5_000_000,
    envs: [
      envProfile({
        envName: "tess-hello",
        displayName: "Hello World",
        createdDaysAgo: 12,
        reservedCloudlets: 0,
        dynamicCloudlets: 1,
        storageGb: 1,
        publicIps: 0,
        ssl: false,
        trafficGbPerDay: 0.05,
      }),
    ],
  },
  // billing@demo.test: six months across its environments, one of them removed since.
  1002: {
    uid: 1002,
    historyDays: 183,
    monthlyBonusMicro: 5_000_000,
    envs: [
      envProfile({
        envName: "bill-shop",
        displayName: "Shop (production)",
        createdDaysAgo: 183,
        reservedCloudlets: 6,
        dynamicCloudlets: 8,
        storageGb: 20,
        publicIps: 1,
        ssl: true,
        trafficGbPerDay: 4,
      }),
      envProfile({
        envName: "bill-staging",
        displayName: "Staging",
        createdDaysAgo: 120,
        pausedDaysAgo: 9,
        reservedCloudlets: 2,
        dynamicCloudlets: 3,
        storageGb: 10,
        publicIps: 1,
        ssl: false,
        trafficGbPerDay: 0.5,
      }),
      envProfile({
        envName: "bill-wiki",
        displayName: "Team wiki",
        createdDaysAgo: 95,
        pausedDaysAgo: 2,
        reservedCloudlets: 1,
        dynamicCloudlets: 2,
        storageGb: 5,
        publicIps: 0,
        ssl: false,
        trafficGbPerDay: 0.2,
      }),
      envProfile({
        envName: "bill-promo",
        displayName: "Summer promotion",
        createdDaysAgo: 150,
        removedDaysAgo: 100,
        reservedCloudlets: 2,
        dynamicCloudlets: 4,
        storageGb: 5,
        publicIps: 1,
        ssl: true,
        trafficGbPerDay: 2,
      }),
    ],
  },
  // veteran@demo.test: two years of hourly charges (benchmark).
  1007: {
    uid: 1007,
    historyDays: 730,
    monthlyBonusMicro: 2_000_000,
    envs: threeTierEnvs("vera", 730),
  },
  // newcomer@demo.test: the same environments for one month (benchmark baseline).
  1008: {
    uid: 1008,
    historyDays: 30,
    monthlyBonusMicro: 2_000_000,
    envs: threeTierEnvs("nick", 30),
  },
};
