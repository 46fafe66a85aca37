import type { Environment } from "../state/types";
import { env, group, node, STATUS } from "./env-builder";

const STATUSES = [STATUS.running, STATUS.running, STATUS.stopped, STATUS.sleeping];
const REGIONS = ["eu-de-fra", "us-east-nyc", "asia-sg"];

/**
 * The bulk demo user's 1,000 environments and a 10-environment account to compare with: listing
 * pages must stay as fast for the large one. Deterministic (derived from the index only).
 */
export function bulkEnvironments(): Environment[] {
  return [...generated(1005, "bulk", 1000, 900_000), ...generated(1006, "ten", 10, 890_000)];
}

function generated(
  ownerUid: number,
  prefix: string,
  count: number,
  firstNodeId: number,
): Environment[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(4, "0");
    return env({
      envName: `${prefix}-${n}`,
      displayName: `${prefix === "bulk" ? "Bulk" : "Ten"} site ${n}`,
      ownerUid,
      status: STATUSES[i % STATUSES.length] ?? STATUS.running,
      region: REGIONS[i % REGIONS.length] ?? "eu-de-fra",
      createdOn: `2025-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")} 10:00:00`,
      sslstate: i % 3 === 0,
      extdomains: [],
      nodeGroups: [group("cp", "Application servers")],
      nodes: [
        node({
          id: firstNodeId + i,
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
