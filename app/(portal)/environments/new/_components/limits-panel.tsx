import { MHZ_PER_CLOUDLET, MIB_PER_CLOUDLET } from "@/lib/billing/cloudlets";
import { formatMessage } from "./format";
import type { WizardData } from "./types";

/** The account's quotas, shown up front so nobody builds a topology the platform will refuse. */
export function LimitsPanel({ data }: { data: WizardData }) {
  const { quotas, m, locale, ownedEnvironments } = data;
  const items: string[] = [];
  if (quotas.maxEnvironments !== null) {
    items.push(
      formatMessage(locale, m.limits.environments, {
        used: ownedEnvironments,
        max: quotas.maxEnvironments,
      }),
    );
  }
  if (quotas.maxNodesPerLayer !== null) {
    items.push(formatMessage(locale, m.limits.nodesPerLayer, { max: quotas.maxNodesPerLayer }));
  }
  if (quotas.maxNodesPerEnvironment !== null) {
    items.push(
      formatMessage(locale, m.limits.nodesPerEnvironment, { max: quotas.maxNodesPerEnvironment }),
    );
  }
  if (quotas.maxCloudletsPerNode !== null) {
    const max = quotas.maxCloudletsPerNode;
    items.push(
      formatMessage(locale, m.limits.cloudletsPerNode, {
        max,
        ram: max * MIB_PER_CLOUDLET,
        cpu: max * MHZ_PER_CLOUDLET,
      }),
    );
  }
  if (!quotas.publicIpAllowed) items.push(m.limits.noPublicIp);
  if (items.length === 0) return null;
  return (
    <section
      aria-labelledby="limits-heading"
      className="rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm"
    >
      <h2 id="limits-heading" className="mb-2 font-semibold">
        {m.limits.heading}
      </h2>
      <ul className="list-disc space-y-1 pl-5" data-testid="account-limits">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
