import { z } from "zod";

/** An integer that upstreams send as a JSON number or as a numeric string (both vendors do). */
export const intLike = z
  .union([
    z.number().int(),
    z
      .string()
      .trim()
      .regex(/^-?\d+$/),
  ])
  .transform(Number);
