import { ENVIRONMENT_STATUSES, type EnvironmentStatus } from "@/lib/jelastic";
import type { Translate } from "@/lib/i18n/translate";

/** Translated labels for every status, to hand to client components. */
export function statusLabels(t: Translate): Record<EnvironmentStatus, string> {
  return Object.fromEntries(ENVIRONMENT_STATUSES.map((s) => [s, t(`envStatus.${s}`)])) as Record<
    EnvironmentStatus,
    string
  >;
}
