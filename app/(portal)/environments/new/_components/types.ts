import type { PricingModel } from "@/lib/billing/estimate";
import type { NewEnvironmentMessages } from "@/lib/i18n/messages/new-environment.en";
import type {
  AccountQuotas,
  MarketplaceApp,
  Region,
  StackTemplate,
} from "@/lib/jelastic/types-new-environment";

/** Everything the wizard's client components get from the server page (plain, serialisable). */
export type WizardData = {
  regions: Region[];
  stacks: StackTemplate[];
  apps: MarketplaceApp[];
  pricing: PricingModel;
  currency: string;
  quotas: AccountQuotas;
  ownedEnvironments: number;
  locale: string;
  m: NewEnvironmentMessages;
  statusLabels: Record<string, string>;
};

/** Inputs are kept as typed text so a cleared field stays empty instead of snapping to 0. */
export type LayerDraft = {
  key: number;
  nodeType: string;
  nodes: string;
  reservedRamMiB: string;
  reservedCpuMHz: string;
  limitRamMiB: string;
  limitCpuMHz: string;
  publicIp: boolean;
};

export type FieldErrors = Record<string, string>;
