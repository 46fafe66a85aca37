import { z } from "zod";
import { parseDecimalAtto } from "./decimal";

/**
 * One step of a tariff (reference §3.2): `value` is the inclusive lower bound in units (cloudlets,
 * GB, IPs), `price` is per unit per hour in the hoster currency, `free` counts free units.
 */
export type Tier = { value: number; price: number | string; free: number };

/** Tiers are sorted by `value`, ascending and distinct, and never empty. */
export type Tariff = { keyword: string; tiers: readonly Tier[] };

export type PricingModel = {
  fixed: Tariff;
  flexible: Tariff;
  storage: Tariff;
  ip: Tariff;
  /** Absent when the hoster does not bill built-in SSL separately. */
  ssl?: Tariff;
  /** Absent when the hoster does not bill external traffic. */
  traffic?: Tariff;
};

const units = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

const tierSchema = z.object({
  value: units,
  price: z
    .union([z.number(), z.string()])
    .refine((price) => parseDecimalAtto(price) !== undefined, {
      message: "price must be a non-negative decimal with at most 18 decimal places",
    }),
  // The platform omits nulls and zeroes in places; a missing `free` means none.
  free: units.optional().default(0),
});

const tariffPlanSchema = z.object({
  type: z.string(),
  keyword: z.string().optional().default(""),
  tiers: z.array(tierSchema).min(1),
});

type TariffPlan = z.infer<typeof tariffPlanSchema>;
type Slot = keyof PricingModel;

/**
 * How the official calculator matches plans (case-insensitive, reference §2.6), plus SSL and a
 * TRAFFIC type. A NETWORK plan whose keyword is not "ip" is the traffic plan, as in the widget.
 */
const SLOT_RULES: readonly [Slot, (type: string, keyword: string) => boolean][] = [
  ["fixed", (type) => type === "fixed"],
  ["flexible", (type) => type === "flexible"],
  ["storage", (type) => type === "storage"],
  ["ip", (_type, keyword) => keyword === "ip"],
  ["ssl", (type, keyword) => type === "ssl" || keyword === "ssl"],
  ["traffic", (type, keyword) => type === "traffic" || (type === "network" && keyword !== "ip")],
];
const REQUIRED: readonly Slot[] = ["fixed", "flexible", "storage", "ip"];

export const pricingModelSchema = z
  .object({ tariffPlans: z.array(tariffPlanSchema) })
  .transform((raw, ctx) => {
    const model: Partial<PricingModel> = {};
    for (const plan of raw.tariffPlans) {
      const type = plan.type.toLowerCase();
      const keyword = plan.keyword.toLowerCase();
      // First plan wins a slot; plans the estimator has no input for (licences…) are ignored.
      const slot = SLOT_RULES.find(([name, matches]) => !model[name] && matches(type, keyword));
      if (!slot) continue;
      const tariff = toTariff(plan);
      if (!tariff) {
        ctx.addIssue({ code: "custom", message: `${plan.type} tariff repeats a tier value` });
        return z.NEVER;
      }
      model[slot[0]] = tariff;
    }
    const missing = REQUIRED.filter((slot) => !model[slot]);
    if (missing.length > 0) {
      ctx.addIssue({
        code: "custom",
        message: `pricing model lacks tariffs: ${missing.join(", ")}`,
      });
      return z.NEVER;
    }
    return model as PricingModel;
  });

function toTariff(plan: TariffPlan): Tariff | undefined {
  const tiers = [...plan.tiers].sort((a, b) => a.value - b.value);
  const distinct = tiers.every((tier, i) => i === 0 || tier.value !== tiers[i - 1]?.value);
  return distinct ? { keyword: plan.keyword, tiers } : undefined;
}

/**
 * `GET /auth/GetDefaultPricingModels`: the model flagged `isDefault`, else the first (as the widget).
 * Only the chosen model is validated, so a broken model the portal never uses cannot block estimates.
 */
export const defaultPricingModelsResponseSchema = z
  .object({
    result: z.literal(0).optional(),
    response: z.object({
      models: z.array(z.looseObject({ isDefault: z.unknown().optional() })).min(1),
    }),
  })
  .transform(({ response }, ctx) => {
    const index = Math.max(
      0,
      response.models.findIndex((model) => model.isDefault === true),
    );
    const parsed = pricingModelSchema.safeParse(response.models[index]);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      ctx.addIssue({
        code: "custom",
        message: issue.message,
        path: ["response", "models", index, ...issue.path],
      });
    }
    return z.NEVER;
  });

export type PricingModelResult = { ok: true; model: PricingModel } | { ok: false; message: string };

export function parsePricingModel(response: unknown): PricingModelResult {
  const parsed = defaultPricingModelsResponseSchema.safeParse(response);
  if (parsed.success) return { ok: true, model: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.map(String).join(".")}: ` : "";
  return { ok: false, message: `${where}${issue?.message ?? "invalid pricing model"}` };
}
