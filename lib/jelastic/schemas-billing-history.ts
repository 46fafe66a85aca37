import { z } from "zod";

/**
 * GetAccountBillingHistoryByPeriod answers `array[]` with `cost` per row (reference §2.5, S25). The
 * other row fields are not documented in any source read (gap §7.2); the ones below are what the
 * sandbox sends, all optional except `cost`, so a platform that itemises less still parses.
 */
const amount = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d*\.?\d+(e[+-]?\d+)?$/i),
]);

export const billingHistoryRowSchema = z.looseObject({
  dateTime: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
  appid: z.string().nullish(),
  envName: z.string().nullish(),
  displayName: z.string().nullish(),
  cost: amount,
  bonusCost: amount.nullish(),
  fixedCloudletsCost: amount.nullish(),
  flexibleCloudletsCost: amount.nullish(),
  storageCost: amount.nullish(),
  extIpCost: amount.nullish(),
  sslCost: amount.nullish(),
  trafficCost: amount.nullish(),
});

export const billingHistorySchema = z.looseObject({
  array: z.array(billingHistoryRowSchema).nullish(),
});
