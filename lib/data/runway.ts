import "server-only";
import { chargeToMoney, minorToCharge } from "@/lib/billing/charges";
import type { Money } from "@/lib/billing/money";
import { estimateRunway, type Runway } from "@/lib/billing/runway";
import { platformAccount } from "./platform-account";
import { withPlatformSession } from "./platform-session";
import type { SessionAccount } from "./session";
import { upstreams } from "./upstreams";
import { createTtlCache } from "./ttl-cache";
import { loadWidget, type Widget } from "./widget";

export type RunwayView = { runway: Runway; dailySpend: Money };

const HOUR_MS = 3_600_000;
/** A week of hourly charges: enough to smooth out nights and weekends, recent enough to matter. */
export const RUNWAY_WINDOW_HOURS = 168;

/**
 * The window ends at the last complete hour, so its charges hardly change within that hour: a few
 * minutes of memory spares the platform a week of hourly rows on every dashboard view. Balances
 * are always read fresh.
 */
const recentCharges = createTtlCache<{ periodStart: string; total: number }[]>(
  "runway-charges",
  5 * 60_000,
);

/**
 * How long the signed-in account's bonus and main balance last at its recent spend: the balances
 * and the last week's hourly charges (complete hours only), asked of the platform in parallel.
 */
export function getRunway(account: SessionAccount): Promise<Widget<RunwayView>> {
  return loadWidget("runway", () =>
    withPlatformSession(account, async (session) => {
      const { jelastic } = upstreams();
      const end = Math.floor(Date.now() / HOUR_MS) * HOUR_MS;
      const start = end - RUNWAY_WINDOW_HOURS * HOUR_MS;
      const [platform, rows] = await Promise.all([
        platformAccount(session),
        recentCharges(`${account.id}:${end}`, () =>
          jelastic.getBillingHistory(session, {
            start: new Date(start),
            end: new Date(end),
            period: "HOUR",
          }),
        ),
      ]);
      const hourly = new Array<number>(RUNWAY_WINDOW_HOURS).fill(0);
      for (const row of rows) {
        const index = (Date.parse(row.periodStart) - start) / HOUR_MS;
        if (Number.isInteger(index) && index >= 0 && index < hourly.length)
          hourly[index] = (hourly[index] ?? 0) + row.total;
      }
      const runway = estimateRunway({
        mainBalance: minorToCharge(platform.balance.amountMinor),
        bonusBalance: minorToCharge(platform.bonus.amountMinor),
        hourlyCharges: hourly,
      });
      const rate = runway.kind === "no_spend" ? 0 : runway.hourlyRate;
      return {
        runway,
        dailySpend: chargeToMoney(Math.round(rate * 24), platform.balance.currency),
      };
    }),
  );
}
