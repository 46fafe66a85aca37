import type { EnvironmentStatus } from "@/lib/jelastic";

const TONE: Partial<Record<EnvironmentStatus, string>> = {
  running: "bg-green-100 text-green-900",
  stopped: "bg-slate-200 text-slate-800",
  sleeping: "bg-indigo-100 text-indigo-900",
  creating: "bg-amber-100 text-amber-900",
  broken: "bg-red-100 text-red-900",
  suspended: "bg-red-100 text-red-900",
};

/** Status as text (never colour alone), tinted for a quick scan. */
export function StatusBadge({ status, label }: { status: EnvironmentStatus; label: string }) {
  return (
    <span
      data-status={status}
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${TONE[status] ?? "bg-amber-100 text-amber-900"}`}
    >
      {label}
    </span>
  );
}
