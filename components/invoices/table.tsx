import type { ReactNode } from "react";

/** The frame shared by the document tables: caption for screen readers, scrollable on phones. */
export function DocumentTable({
  caption,
  head,
  children,
}: {
  caption: string;
  head: { label: string; numeric?: boolean }[];
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {head.map((h) => (
              <th
                key={h.label}
                scope="col"
                className={`px-3 py-2 ${h.numeric ? "text-right" : ""}`}
              >
                {h.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export const cell = "px-3 py-2";
export const numericCell = "px-3 py-2 text-right tabular-nums whitespace-nowrap";
