import { ENVIRONMENT_STATUSES, type EnvironmentStatus } from "@/lib/jelastic";
import { FilterSelect } from "@/components/ui/filter-select";
import type { Translate } from "@/lib/i18n/translate";

/** A GET form: filters live in the URL, so they survive reloads, links and the back button. */
export function ListFilters({
  t,
  search,
  status,
}: {
  t: Translate;
  search: string;
  status: EnvironmentStatus | undefined;
}) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" role="search">
      <div className="flex flex-col gap-1">
        <label htmlFor="env-search" className="text-sm font-medium">
          {t("environments.searchLabel")}
        </label>
        <input
          id="env-search"
          name="q"
          type="search"
          defaultValue={search}
          className="rounded border border-slate-400 px-3 py-1.5"
        />
      </div>
      <FilterSelect
        id="env-status"
        name="status"
        label={t("environments.statusFilter")}
        value={status}
        allLabel={t("environments.allStatuses")}
        options={ENVIRONMENT_STATUSES.map((s) => ({ value: s, label: t(`envStatus.${s}`) }))}
      />
      <button
        type="submit"
        className="rounded border border-slate-400 bg-white px-3 py-1.5 hover:bg-slate-100"
      >
        {t("environments.filter")}
      </button>
    </form>
  );
}
