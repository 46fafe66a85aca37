import "server-only";
import type { EnvironmentStatus } from "@/lib/jelastic";
import { getDb } from "./db";
import { platformAccount } from "./platform-account";
import { withPlatformSession } from "./platform-session";
import type { SessionAccount } from "./session";
import { upstreams } from "./upstreams";
import { loadWidget, type Widget } from "./widget";

export function getBalanceSummary(account: SessionAccount) {
  return loadWidget("balance", () =>
    withPlatformSession(account, async (session) => {
      const platform = await platformAccount(session);
      return {
        balance: platform.balance,
        bonus: platform.bonus,
        group: platform.group,
        groupType: platform.groupType,
      };
    }),
  );
}

export type EnvironmentSummary = { total: number; byStatus: [EnvironmentStatus, number][] };

export function getEnvironmentSummary(
  account: SessionAccount,
): Promise<Widget<EnvironmentSummary>> {
  return loadWidget("environments", () =>
    withPlatformSession(account, async (session) => {
      const envs = await upstreams().jelastic.getEnvs(session);
      const counts = new Map<EnvironmentStatus, number>();
      for (const env of envs) counts.set(env.status, (counts.get(env.status) ?? 0) + 1);
      return { total: envs.length, byStatus: [...counts.entries()].sort((a, b) => b[1] - a[1]) };
    }),
  );
}

export async function getBillingSummary(account: SessionAccount) {
  const clientId = account.whmcsClientId;
  if (clientId == null) return { ok: false, reason: "no_billing" } as const;
  return loadWidget("billing", async () => {
    const { whmcs } = upstreams();
    const [client, unpaid] = await Promise.all([
      whmcs.getClientsDetails({ clientId }),
      whmcs.getInvoices({ clientId, status: "Unpaid", limit: 1 }),
    ]);
    return { credit: client?.credit ?? null, unpaidCount: unpaid.total };
  });
}

export async function getRecentNotifications(account: SessionAccount) {
  return getDb().notification.findMany({
    where: { accountId: account.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 5,
    select: { id: true, kind: true, params: true, readAt: true, createdAt: true },
  });
}
