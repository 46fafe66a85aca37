"use client";

import { useQuery } from "@tanstack/react-query";
import type { EnvironmentStatus } from "@/lib/jelastic";
import { TRANSITIONAL_STATUSES } from "@/lib/environments/listing";
import { StatusBadge } from "./status-badge";

type Props = {
  name: string;
  initial: EnvironmentStatus;
  labels: Record<EnvironmentStatus, string>;
};

const POLL_MS = 3_000;

async function fetchStatus(name: string): Promise<EnvironmentStatus | null> {
  const response = await fetch(`/api/environments/statuses?names=${encodeURIComponent(name)}`);
  if (!response.ok) throw new Error(`status ${response.status}`);
  const body = (await response.json()) as { statuses: Record<string, EnvironmentStatus> };
  return body.statuses[name] ?? null;
}

/**
 * A status that updates itself while the platform is changing it (creating, stopping, …) and stops
 * polling as soon as it settles. Settled environments render without any request.
 */
export function LiveStatus({ name, initial, labels }: Props) {
  const { data } = useQuery({
    queryKey: ["environment-status", name],
    queryFn: () => fetchStatus(name),
    initialData: initial,
    enabled: TRANSITIONAL_STATUSES.has(initial),
    refetchInterval: (query) => {
      const status = query.state.data;
      return status && TRANSITIONAL_STATUSES.has(status) ? POLL_MS : false;
    },
  });
  const status = data ?? initial;
  return (
    <span aria-live="polite">
      <StatusBadge status={status} label={labels[status]} />
    </span>
  );
}
