import { demoUsers } from "../demo-users";
import type { PlatformUser, Region } from "../state/types";
import { billingSshKeys } from "./ssh-keys";

export const regions: Region[] = [
  { uniqueName: "eu-de-fra", displayName: "Europe (Frankfurt)", domain: "fra.sandbox-cloud.test" },
  {
    uniqueName: "us-east-nyc",
    displayName: "US East (New York)",
    domain: "nyc.sandbox-cloud.test",
  },
  { uniqueName: "asia-sg", displayName: "Asia (Singapore)", domain: "sg.sandbox-cloud.test" },
];

const allRegions = regions.map((r) => r.uniqueName);

/** Platform accounts: the two demo users of CONTRACTS.md plus two that belong to nobody in the demo. */
export function platformUsers(): PlatformUser[] {
  return [
    {
      uid: 1001,
      email: demoUsers.trial.email,
      password: demoUsers.trial.password,
      name: demoUsers.trial.name,
      group: "trial",
      groupType: "trial",
      status: 1,
      balanceCents: 0,
      bonusCents: 500,
      createdOn: "2026-10-28 08:14:03",
      language: "en",
      hardNodeGroups: ["eu-de-fra"],
      defaultHardNodeGroup: "eu-de-fra",
    },
    {
      uid: 1002,
      email: demoUsers.billing.email,
      password: demoUsers.billing.password,
      name: demoUsers.billing.name,
      group: "billing",
      groupType: "billing",
      status: 1,
      balanceCents: 4250,
      bonusCents: 320,
      createdOn: "2025-03-11 16:42:51",
      language: "en",
      hardNodeGroups: allRegions,
      defaultHardNodeGroup: "eu-de-fra",
      ebsUserId: "501",
      sshKeys: billingSshKeys(),
    },
    {
      uid: 1003,
      email: "oscar@other.test",
      password: "Oscar-other-2026",
      name: "Oscar Other",
      group: "billing",
      groupType: "billing",
      status: 1,
      balanceCents: 1899,
      bonusCents: 0,
      createdOn: "2024-11-02 10:05:00",
      language: "de",
      hardNodeGroups: allRegions,
      defaultHardNodeGroup: "us-east-nyc",
      ebsUserId: "503",
    },
    {
      uid: 1004,
      email: "nina@other.test",
      password: "Nina-other-2026",
      name: "Nina Nobody",
      group: "trial",
      groupType: "trial",
      status: 1,
      balanceCents: 0,
      bonusCents: 0,
      createdOn: "2026-11-20 19:30:12",
      language: "en",
      hardNodeGroups: ["eu-de-fra"],
      defaultHardNodeGroup: "eu-de-fra",
    },
    {
      uid: 1005,
      email: demoUsers.bulk.email,
      password: demoUsers.bulk.password,
      name: demoUsers.bulk.name,
      group: "billing",
      groupType: "billing",
      status: 1,
      balanceCents: 987_654,
      bonusCents: 0,
      createdOn: "2023-01-09 09:00:00",
      language: "en",
      hardNodeGroups: allRegions,
      defaultHardNodeGroup: "eu-de-fra",
    },
  ];
}
