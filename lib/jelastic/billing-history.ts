import type { z } from "zod";
import { toChargeUnits } from "@/lib/billing/charges";
import type { JelasticTransport } from "./client";
import { billingHistoryRowSchema, billingHistorySchema } from "./schemas-billing-history";
import type {
  BillingHistoryQuery,
  BillingHistoryRow,
  ChargeResource,
} from "./types-billing-history";

type RawRow = z.output<typeof billingHistoryRowSchema>;

const RESOURCE_FIELDS: Record<ChargeResource, keyof RawRow> = {
  cloudletsReserved: "fixedCloudletsCost",
  cloudletsDynamic: "flexibleCloudletsCost",
  storage: "storageCost",
  publicIp: "extIpCost",
  ssl: "sslCost",
  traffic: "trafficCost",
};

/** "yyyy-MM-dd HH:mm:ss" in UTC (the portal always sends timeOffset 0). */
export function toPlatformTime(date: Date): string {
  return date.toISOString().slice(0, 19).replace("T", " ");
}

function fromPlatformTime(text: string): string {
  const date = new Date(`${text.replace(" ", "T")}Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Bad platform time: ${text}`);
  return date.toISOString();
}

export function toBillingHistoryRow(raw: RawRow, currency: string): BillingHistoryRow {
  const resources: Partial<Record<ChargeResource, number>> = {};
  for (const [resource, field] of Object.entries(RESOURCE_FIELDS) as [
    ChargeResource,
    keyof RawRow,
  ][]) {
    const value = raw[field];
    if (typeof value === "number" || typeof value === "string")
      resources[resource] = toChargeUnits(value, currency);
  }
  const envName = raw.envName ?? raw.appid ?? "";
  return {
    periodStart: fromPlatformTime(raw.dateTime),
    appid: raw.appid ?? envName,
    envName,
    displayName: raw.displayName ?? null,
    total: toChargeUnits(raw.cost, currency),
    bonus: raw.bonusCost == null ? 0 : toChargeUnits(raw.bonusCost, currency),
    resources,
  };
}

/**
 * Charges aggregated by the platform per period and environment (`groupNodes`: one row per
 * environment, not per container). The aggregation happens upstream, so the answer's size depends
 * on the range and period asked for, never on how long the account has existed.
 */
export function getBillingHistory(
  transport: JelasticTransport,
  session: string,
  query: BillingHistoryQuery,
): Promise<BillingHistoryRow[]> {
  return transport.call(
    "billing/account/GetAccountBillingHistoryByPeriod",
    {
      startTime: toPlatformTime(query.start),
      endTime: toPlatformTime(query.end),
      period: query.period,
      timeOffset: 0,
      groupNodes: true,
      targetAppid: query.appid,
    },
    billingHistorySchema,
    (raw) => (raw.array ?? []).map((row) => toBillingHistoryRow(row, transport.currency)),
    { session, idempotent: true },
  );
}

export type BillingHistoryClient = {
  getBillingHistory(session: string, query: BillingHistoryQuery): Promise<BillingHistoryRow[]>;
};

export function billingHistoryMethods(transport: JelasticTransport): BillingHistoryClient {
  return { getBillingHistory: (session, query) => getBillingHistory(transport, session, query) };
}
