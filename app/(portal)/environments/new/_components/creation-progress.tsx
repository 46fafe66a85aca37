"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef } from "react";
import type { NewEnvironmentMessages } from "@/lib/i18n/messages/new-environment.en";
import { formatMessage } from "./format";

type Status = { name: string; status: string };

async function fetchStatus(name: string): Promise<Status> {
  const response = await fetch(`/api/environments/${encodeURIComponent(name)}/status`, {
    cache: "no-store",
  });
  if (!response.ok) throw new Error(`status ${response.status}`);
  return (await response.json()) as Status;
}

/** Polls the status route until the platform reports the environment running. */
export function CreationProgress({
  name,
  locale,
  m,
  statusLabels,
}: {
  name: string;
  locale: string;
  m: NewEnvironmentMessages;
  statusLabels: Record<string, string>;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const query = useQuery({
    queryKey: ["environment-status", name],
    queryFn: () => fetchStatus(name),
    refetchInterval: (q) => (q.state.data?.status === "running" ? false : 1_500),
  });
  const status = query.data?.status ?? "creating";
  const running = status === "running";
  return (
    <section
      aria-labelledby="creation-heading"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id="creation-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">
        {formatMessage(locale, m.progress.heading, { name })}
      </h2>
      <div role="status" data-testid="creation-progress" className="space-y-2">
        {!running && (
          <div className="h-2 w-full overflow-hidden rounded bg-slate-100">
            <div className="h-2 w-1/3 animate-pulse rounded bg-sky-600" />
          </div>
        )}
        <p data-testid="creation-status" data-status={status}>
          {formatMessage(locale, m.progress.status, { status: statusLabels[status] ?? status })}
        </p>
        <p>{running ? formatMessage(locale, m.progress.running, { name }) : m.progress.creating}</p>
        {query.isError && !running && <p className="text-amber-800">{m.progress.failed}</p>}
      </div>
      {running && (
        <Link
          href={`/environments/${encodeURIComponent(name)}`}
          className="bg-brand inline-block rounded px-4 py-2 font-medium text-white"
        >
          {formatMessage(locale, m.progress.open, { name })}
        </Link>
      )}
    </section>
  );
}
