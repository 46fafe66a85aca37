import { z } from "zod";

/** Body of `POST /_control/faults` (CONTRACTS.md). Unknown keys are refused so typos do not pass silently. */
export const faultInput = z
  .object({
    service: z.enum(["whmcs", "jelastic", "stripe", "*"]),
    action: z.string().trim().min(1),
    latencyMs: z.number().int().min(0).max(120_000).optional(),
    status: z.number().int().min(100).max(599).optional(),
    timeout: z.boolean().optional(),
    error: z
      .object({ message: z.string().optional(), code: z.number().int().optional() })
      .strict()
      .optional(),
    body: z.string().optional(),
    times: z.number().int().positive().optional(),
  })
  .strict();

export type FaultInput = z.infer<typeof faultInput>;
