import type { EnvironmentSummary } from "@/lib/environments/layers";
import type { Translate } from "@/lib/i18n/translate";

/** Layers with per-node resources in MiB / MHz (cloudlets in brackets for reference). */
export function LayersTable({
  env,
  t,
  locale,
}: {
  env: EnvironmentSummary;
  t: Translate;
  locale: string;
}) {
  const n = new Intl.NumberFormat(locale);
  const resources = (r: { ramMiB: number; cpuMHz: number; cloudlets: number }) =>
    `${t("environments.mib", { value: n.format(r.ramMiB) })} · ${t("environments.mhz", { value: n.format(r.cpuMHz) })} (${r.cloudlets})`;
  return (
    <section
      aria-labelledby="layers-heading"
      className="rounded-lg border border-slate-200 bg-white"
    >
      <h2 id="layers-heading" className="px-4 pt-4 text-base font-semibold">
        {t("environments.layers")}
      </h2>
      <div className="overflow-x-auto p-4">
        <table className="w-full text-left text-sm">
          <thead className="text-slate-700">
            <tr>
              <th scope="col" className="py-1 pr-4">
                {t("environments.colLayer")}
              </th>
              <th scope="col" className="py-1 pr-4">
                {t("environments.colStack")}
              </th>
              <th scope="col" className="py-1 pr-4">
                {t("environments.colNodes")}
              </th>
              <th scope="col" className="py-1 pr-4">
                {t("environments.colReserved")}
              </th>
              <th scope="col" className="py-1 pr-4">
                {t("environments.colScaling")}
              </th>
              <th scope="col" className="py-1 pr-4">
                {t("environments.colIps")}
              </th>
            </tr>
          </thead>
          <tbody>
            {env.layers.map((layer) => (
              <tr key={layer.nodeGroup} className="border-t border-slate-100">
                <th scope="row" className="py-1 pr-4 font-medium">
                  {layer.nodeGroup}
                </th>
                <td className="py-1 pr-4">{layer.stack}</td>
                <td className="py-1 pr-4">{layer.nodes}</td>
                <td className="py-1 pr-4">{resources(layer.reserved)}</td>
                <td className="py-1 pr-4">{resources(layer.scalingLimit)}</td>
                <td className="py-1 pr-4">
                  {layer.publicIps.join(", ") || t("environments.none")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
