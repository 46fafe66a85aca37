import type { EnvironmentStatus } from "@/lib/jelastic";

export type ListQuery = {
  status?: EnvironmentStatus;
  search?: string;
  page: number;
  pageSize: number;
};
export type ListPage<T> = { items: T[]; total: number; page: number; pageCount: number };

type Listable = { name: string; displayName: string; status: EnvironmentStatus };

/** Filter by status, search by name or display name, newest first order kept, then one page. */
export function pageOf<T extends Listable>(all: T[], query: ListQuery): ListPage<T> {
  const needle = query.search?.trim().toLowerCase() ?? "";
  const matching = all.filter(
    (env) =>
      (!query.status || env.status === query.status) &&
      (!needle ||
        env.name.toLowerCase().includes(needle) ||
        env.displayName.toLowerCase().includes(needle)),
  );
  const pageCount = Math.max(1, Math.ceil(matching.length / query.pageSize));
  const page = Math.min(Math.max(1, query.page), pageCount);
  const start = (page - 1) * query.pageSize;
  return {
    items: matching.slice(start, start + query.pageSize),
    total: matching.length,
    page,
    pageCount,
  };
}

/** Statuses that change by themselves; while any is shown, the page keeps polling. */
export const TRANSITIONAL_STATUSES: ReadonlySet<EnvironmentStatus> = new Set([
  "launching",
  "creating",
  "cloning",
  "exporting",
  "migrating",
  "redeploying",
  "stopping",
  "going_to_sleep",
  "deleting",
  "refreshing",
]);
