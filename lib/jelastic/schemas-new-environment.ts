import { z } from "zod";
import { intLike } from "@/lib/http/wire-schemas";

/**
 * Raw shapes of the wizard's platform calls (reference §2.3, §2.5, §2.8). Nulls are omitted by the
 * platform, so nearly everything is optional; unknown fields are kept (looseObject).
 */

const text = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value == null ? undefined : String(value)));
const flag = z
  .union([z.boolean(), z.number(), z.string()])
  .nullish()
  .transform((value) => value === true || value === 1 || value === "true" || value === "1");

const hardNodeGroupSchema = z.looseObject({
  uniqueName: z.string().min(1),
  displayName: text,
  // Absent means enabled: older platforms do not send the flag at all.
  isEnabled: z.union([z.boolean(), z.number(), z.string()]).nullish(),
});

export const regionsSchema = z.looseObject({
  array: z
    .array(
      z.looseObject({
        uniqueName: text,
        displayName: text,
        hardNodeGroups: z.array(hardNodeGroupSchema).nullish(),
      }),
    )
    .nullish(),
});

export const templatesSchema = z.looseObject({
  array: z
    .array(
      z.looseObject({
        nodeType: z.string().min(1),
        name: text,
        displayName: text,
        nodeMission: text,
        engineType: text,
        type: text,
        tags: z.array(z.union([z.string(), z.looseObject({ name: text })])).nullish(),
        isActive: z.union([z.boolean(), z.number(), z.string()]).nullish(),
      }),
    )
    .nullish(),
});

export const quotasSchema = z.looseObject({
  array: z
    .array(
      z.looseObject({
        quota: z.looseObject({ name: z.string() }),
        value: z.union([z.number(), z.string(), z.boolean()]).nullish(),
      }),
    )
    .nullish(),
});

/** CreateEnvironment is a ScriptEvalResponse: the env info sits under `response`. */
export const createdEnvSchema = z.looseObject({
  response: z
    .looseObject({
      env: z.looseObject({ envName: text, shortdomain: text, status: intLike.nullish() }).nullish(),
    })
    .nullish(),
});

export const marketplaceListSchema = z.looseObject({
  apps: z
    .union([
      z.array(z.looseObject({})),
      // Some platform versions key the list by app id.
      z.record(z.string(), z.looseObject({})),
    ])
    .nullish(),
  total: intLike.nullish(),
});

export const marketplaceAppSchema = z.looseObject({
  id: text,
  app_id: text,
  name: text,
  description: z.union([z.string(), z.looseObject({ short: text, text: text })]).nullish(),
  short_description: text,
  categories: z.array(z.string()).nullish(),
  category: text,
  nodes: z
    .array(
      z.looseObject({
        nodeType: z.string(),
        count: intLike.nullish(),
        fixedCloudlets: intLike.nullish(),
        flexibleCloudlets: intLike.nullish(),
      }),
    )
    .nullish(),
});

export const marketplaceInstallSchema = z.looseObject({
  appid: text,
  uniqueName: text,
  successText: text,
});

export { flag as platformFlag };
export type RawRegions = z.output<typeof regionsSchema>;
export type RawTemplates = z.output<typeof templatesSchema>;
export type RawQuotas = z.output<typeof quotasSchema>;
export type RawMarketplaceApp = z.output<typeof marketplaceAppSchema>;
