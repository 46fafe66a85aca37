import Link from "next/link";
import type { EnvironmentStatus } from "@/lib/jelastic";
import type { ListedEnvironment } from "@/lib/data/environments";
import { formatMoney } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { LiveStatus } from "./live-statuses";

type Props = {
  items: ListedEnvironment[];
  t: Translate;
  locale: string;
  labels: Record<EnvironmentStatus, string>;
};

/** One page of environments; figures in MiB and MHz, reserved – scaling limit. */
export function EnvironmentsTable({ items, t, locale, labels }: Props) {
  const n = new Intl.NumberFormat(locale);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("environments.title")}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("environments.colName")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("environments.colStatus")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("environments.colRegion")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("environments.colNodes")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("environments.colRam")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("environments.colCpu")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("environments.colIps")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("environments.colSsl")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("environments.colCost")}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((env) => (
            <tr key={env.name} className="border-t border-slate-100 align-top" data-env={env.name}>
              <th scope="row" className="px-3 py-2 font-medium">
                <Link
                  href={`/environments/${env.name}`}
                  className="text-brand underline-offset-2 hover:underline"
                >
                  {env.displayName}
                </Link>
                <div className="text-xs font-normal text-slate-600">{env.domain}</div>
              </th>
              <td className="px-3 py-2">
                <LiveStatus name={env.name} initial={env.status} labels={labels} />
              </td>
              <td className="px-3 py-2">{env.region}</td>
              <td className="px-3 py-2">
                {env.layers.map((l) => (
                  <div key={l.nodeGroup}>
                    {t("environments.layerNodes", { stack: l.stack, count: l.nodes })}
                  </div>
                ))}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                {t("environments.range", {
                  min: t("environments.mib", { value: n.format(env.totals.reservedRamMiB) }),
                  max: t("environments.mib", { value: n.format(env.totals.maxRamMiB) }),
                })}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                {t("environments.range", {
                  min: t("environments.mhz", { value: n.format(env.totals.reservedCpuMHz) }),
                  max: t("environments.mhz", { value: n.format(env.totals.maxCpuMHz) }),
                })}
              </td>
              <td className="px-3 py-2">{env.publicIps.join(", ") || t("environments.none")}</td>
              <td className="px-3 py-2">
                {env.sslEnabled ? t("environments.sslOn") : t("environments.sslOff")}
              </td>
              <td className="px-3 py-2 whitespace-nowrap" data-testid="monthly-cost">
                {env.monthlyCost
                  ? t("environments.range", {
                      min: formatMoney(env.monthlyCost.min, locale),
                      max: formatMoney(env.monthlyCost.max, locale),
                    })
                  : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
