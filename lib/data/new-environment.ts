import "server-only";
import { forgetEnvironmentList } from "./environment-list-cache";
import { JelasticNotFoundError, type EnvironmentStatus } from "@/lib/jelastic";
import {
  customInputSchema,
  envNameSchema,
  issuesOf,
  marketplaceInputSchema,
  type FieldIssues,
} from "@/lib/new-environment/input";
import { quotaIssues, toLayerSpecs } from "@/lib/new-environment/topology";
import { recordAudit } from "./audit";
import { catalogForValidation } from "./new-environment-catalog";
import { classifyFailure, fieldIssuesForQuota } from "./new-environment-errors";
import { withPlatformSession } from "./platform-session";
import type { SessionAccount } from "./session";
import { upstreams } from "./upstreams";

/** Field path → message key under `newEnvironment.errors`; "form" is the whole form. */
export type CreateResult = { ok: true; name: string } | { ok: false; issues: FieldIssues };

const fail = (issues: FieldIssues): CreateResult => ({ ok: false, issues });

/** Free / taken / invalid, checked on the platform (GetEnvInfo; see lib/jelastic/create-environment). */
export async function checkEnvName(
  account: SessionAccount,
  rawName: unknown,
): Promise<"available" | "taken" | "invalid" | "unknown"> {
  const parsed = envNameSchema.safeParse(rawName);
  if (!parsed.success) return "invalid";
  try {
    const free = await withPlatformSession(account, (session) =>
      upstreams().jelastic.isEnvNameAvailable(session, parsed.data),
    );
    return free ? "available" : "taken";
  } catch (error) {
    classifyFailure(error);
    return "unknown";
  }
}

/** Validates, checks name and quotas, creates, audits. Never throws for upstream trouble. */
export async function createCustomEnvironment(
  account: SessionAccount,
  raw: unknown,
): Promise<CreateResult> {
  const parsed = customInputSchema.safeParse(raw);
  if (!parsed.success) return fail(issuesOf(parsed.error));
  const input = parsed.data;
  const layers = toLayerSpecs(input.layers);
  return run(
    account,
    "custom",
    input.name,
    { region: input.region, layers: layers.length },
    async (session) => {
      const jelastic = upstreams().jelastic;
      const [[regions, stacks], quotas, envs] = await Promise.all([
        catalogForValidation(account, session),
        jelastic.getQuotas(session),
        jelastic.getEnvs(session),
      ]);
      const issues: FieldIssues = {};
      if (!regions.some((r) => r.id === input.region)) issues.region = "regionUnknown";
      input.layers.forEach((l, i) => {
        if (!stacks.some((s) => s.nodeType === l.nodeType))
          issues[`layers.${i}.nodeType`] = "stackUnknown";
      });
      Object.assign(issues, quotaIssues(layers, quotas, envs.length));
      if (envs.some((e) => e.name === input.name)) issues.name = "nameTaken";
      else if (!(await jelastic.isEnvNameAvailable(session, input.name))) issues.name = "nameTaken";
      if (Object.keys(issues).length > 0) return fail(issues);
      const created = await jelastic.createEnvironment(session, {
        name: input.name,
        displayName: input.name,
        region: input.region,
        sslEnabled: input.sslEnabled,
        layers,
      });
      return { ok: true, name: created.name };
    },
    layers,
  );
}

export async function createFromMarketplace(
  account: SessionAccount,
  raw: unknown,
): Promise<CreateResult> {
  const parsed = marketplaceInputSchema.safeParse(raw);
  if (!parsed.success) return fail(issuesOf(parsed.error));
  const input = parsed.data;
  return run(
    account,
    "marketplace",
    input.name,
    { region: input.region, appId: input.appId },
    async (session) => {
      const jelastic = upstreams().jelastic;
      const [[regions, , apps], quotas, envs] = await Promise.all([
        catalogForValidation(account, session),
        jelastic.getQuotas(session),
        jelastic.getEnvs(session),
      ]);
      const app = apps.find((a) => a.id === input.appId);
      const issues: FieldIssues = {};
      if (!app) issues.appId = "appUnknown";
      if (!regions.some((r) => r.id === input.region)) issues.region = "regionUnknown";
      const appLayers = (app?.layers ?? []).map((l) => ({ ...l, publicIp: false }));
      Object.assign(
        issues,
        quotaIssues([], quotas, envs.length),
        appQuota(appLayers, quotas.maxCloudletsPerNode),
      );
      if (!(await jelastic.isEnvNameAvailable(session, input.name))) issues.name = "nameTaken";
      if (Object.keys(issues).length > 0 || !app) return fail(issues);
      const created = await jelastic.installMarketplaceApp(session, {
        appId: app.id,
        envName: input.name,
        region: input.region,
        displayName: app.name,
      });
      return { ok: true, name: created.name };
    },
    [],
  );
}

function appQuota(layers: { scalingLimitCloudlets: number }[], max: number | null): FieldIssues {
  return max !== null && layers.some((l) => l.scalingLimitCloudlets > max)
    ? { appId: "quotaApp" }
    : {};
}

type AuditDetails = Record<string, string | number | boolean | null>;

/** One audited attempt: success, a refusal mapped to its field, or a friendly "unavailable". */
async function run(
  account: SessionAccount,
  mode: "custom" | "marketplace",
  name: string,
  details: AuditDetails,
  attempt: (session: string) => Promise<CreateResult>,
  layers: ReturnType<typeof toLayerSpecs>,
): Promise<CreateResult> {
  const audit = (outcome: "success" | "failure" | "denied", reason?: string) =>
    recordAudit({
      accountId: account.id,
      actorEmail: account.email,
      action: "environment.create",
      target: name,
      outcome,
      details: { mode, ...details, ...(reason ? { reason } : {}) },
    });
  let result: CreateResult;
  try {
    result = await withPlatformSession(account, attempt);
  } catch (error) {
    forgetEnvironmentList(account.id);
    const kind = classifyFailure(error);
    const code = error instanceof Error && "code" in error ? Number(error.code) : 0;
    let issues: FieldIssues;
    if (kind === "quota") issues = fieldIssuesForQuota(code, layers);
    else if (kind === "balance") issues = { form: "balance" };
    else if (kind === "no_platform") issues = { form: "noPlatform" };
    else if (kind === "refused")
      issues = (await nameTakenNow(account, name)) ? { name: "nameTaken" } : { form: "refused" };
    else issues = { form: "unavailable" };
    await audit(kind === "unavailable" ? "failure" : "denied", `${kind}${code ? `:${code}` : ""}`);
    return fail(issues);
  }
  forgetEnvironmentList(account.id);
  await audit(
    result.ok ? "success" : "denied",
    result.ok ? undefined : Object.values(result.issues).join(","),
  );
  return result;
}

/** After an unclassified refusal: was it the name (someone took it between check and create)? */
async function nameTakenNow(account: SessionAccount, name: string): Promise<boolean> {
  return (await checkEnvName(account, name)) === "taken";
}

/** Creation progress of one of the user's own environments; another's or a missing one is null. */
export async function getCreationStatus(
  account: SessionAccount,
  rawName: unknown,
): Promise<EnvironmentStatus | null> {
  const parsed = envNameSchema.safeParse(rawName);
  if (!parsed.success) return null;
  try {
    return await withPlatformSession(account, (session) =>
      upstreams().jelastic.getEnvStatus(session, parsed.data),
    );
  } catch (error) {
    if (error instanceof JelasticNotFoundError) return null;
    throw error;
  }
}
