import type { ChargeResource } from "@/lib/jelastic/types-billing-history";
import type { MessageKey } from "@/lib/i18n/translate";
import type { Money } from "../money";
import type { HistoryFigures, HistorySummary } from "./summarize";

export type HistoryColumn = { id: string; header: MessageKey; value: (f: HistoryFigures) => Money };

const RESOURCE_HEADERS: Record<ChargeResource, MessageKey> = {
  cloudletsReserved: "billingHistory.colCloudletsReserved",
  cloudletsDynamic: "billingHistory.colCloudletsDynamic",
  storage: "billingHistory.colStorage",
  publicIp: "billingHistory.colPublicIp",
  ssl: "billingHistory.colSsl",
  traffic: "billingHistory.colTraffic",
};

/**
 * The money columns of the period table, in order: the resources the platform itemised, then
 * bonus, main balance and total. The page's table and the CSV export both use this list, so the
 * download has exactly the columns shown.
 */
export function historyColumns(summary: Pick<HistorySummary, "resources">): HistoryColumn[] {
  return [
    ...summary.resources.map((resource) => ({
      id: resource,
      header: RESOURCE_HEADERS[resource],
      value: (f: HistoryFigures) => f.resources[resource],
    })),
    { id: "bonus", header: "billingHistory.colBonus", value: (f) => f.bonus },
    { id: "main", header: "billingHistory.colMain", value: (f) => f.main },
    { id: "total", header: "billingHistory.colTotal", value: (f) => f.total },
  ];
}
