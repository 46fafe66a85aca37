import { accountPlan } from "@/lib/data/account-plan";
import type { SessionAccount } from "@/lib/data/session";
import type { Translate } from "@/lib/i18n/translate";
import { MenuLink } from "./balance-menu";

/**
 * The first Balance item: "Upgrade trial account" for a trial account, "Refill balance" for
 * everyone else (seed manual wording). Streams in, so a slow platform never holds up the shell.
 */
export async function PlanMenuItem({ account, t }: { account: SessionAccount; t: Translate }) {
  const plan = await accountPlan(account);
  return plan === "trial" ? <UpgradeItem t={t} /> : <RefillItem t={t} />;
}

export function RefillItem({ t }: { t: Translate }) {
  return <MenuLink href="/billing/refill" label={t("payments.menu.refill")} />;
}

function UpgradeItem({ t }: { t: Translate }) {
  return <MenuLink href="/billing/upgrade" label={t("payments.menu.upgrade")} />;
}
