import type { Environment } from "../state/types";
import { env, group, node, STATUS } from "./env-builder";

const COUNT = 1000;
const STATUSES = [STATUS.running, STATUS.running, STATUS.stopped, STATUS.sleeping];
const REGIONS = ["eu-de-fra", "us-east-nyc", "asia-sg"];

/**
 * The bulk demo user's 1,000 environments: enough to show that listing pages stay as fast as for a
 * small account. Deterministic (derived from the index only).
 */
export function bulkEnvironments(): Environment[] {
  return Array.from({ length: COUNT }, (_, i) => {
    const n = String(i + 1).padStart(4, "0");
    return env({
      envName: `bulk-${n}`,
      displayName: `Bulk site ${n}`,
      ownerUid: 1005,
      status: STATUSES[i % STATUSES.length] ?? STATUS.running,
      region: REGIONS[i % REGIONS.length] ?? "eu-de-fra",
      createdOn: `2025-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")} 10:00:00`,
      sslstate: i % 3 === 0,
      extdomains: [],
      nodeGroups: [group("cp", "Application servers")],
      nodes: [
        node({
          id: 900_000 + i,
          nodeGroup: "cp",
          nodeType: "nginxphp",
          name: "NGINX PHP",
          version: "1.26.2",
          displayName: "Web",
          fixed: 1 + (i % 4),
          flexible: 8,
          ip: `10.200.${Math.floor(i / 250)}.${(i % 250) + 1}`,
        }),
      ],
    });
  });
}
