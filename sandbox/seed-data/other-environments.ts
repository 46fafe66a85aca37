import type { Environment } from "../state/types";
import { env, group, node, STATUS } from "./env-builder";

/** Environments of a platform user outside the demo, so "only your own data" can be tested. */
export function otherEnvironments(): Environment[] {
  return [
    env({
      envName: "oscar-api",
      displayName: "Oscar API",
      ownerUid: 1003,
      status: STATUS.running,
      region: "us-east-nyc",
      createdOn: "2024-11-05 12:00:00",
      sslstate: true,
      extdomains: ["api.oscar.test"],
      nodeGroups: [group("cp", "Application servers")],
      nodes: [
        node({
          id: 43001,
          nodeGroup: "cp",
          nodeType: "tomcat",
          name: "Tomcat",
          version: "10.1.33",
          displayName: "API",
          fixed: 2,
          flexible: 10,
          ip: "10.103.9.10",
          extIPs: ["192.0.2.77"],
        }),
      ],
    }),
    env({
      envName: "oscar-old",
      displayName: "Legacy site",
      ownerUid: 1003,
      status: STATUS.stopped,
      region: "eu-de-fra",
      createdOn: "2024-12-01 08:00:00",
      sslstate: false,
      extdomains: [],
      nodeGroups: [group("cp", "Application servers")],
      nodes: [
        node({
          id: 43011,
          nodeGroup: "cp",
          nodeType: "apache-php",
          name: "Apache PHP",
          version: "2.4.62",
          displayName: "Web",
          fixed: 1,
          flexible: 2,
          ip: "10.101.9.11",
        }),
      ],
    }),
  ];
}
