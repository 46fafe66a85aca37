import type { z } from "zod";
import { UpstreamBadResponseError } from "./errors";

/**
 * Validates a vendor body against its zod schema. A mismatch is the upstream's fault, so it becomes a
 * `bad_response` error naming only the paths that failed: zod's text could echo field values.
 */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  body: unknown,
  context: { service: string; action: string; status?: number },
): z.output<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const paths = parsed.error.issues
    .slice(0, 5)
    .map((issue) => issue.path.map(String).join(".") || "(root)");
  throw new UpstreamBadResponseError({
    ...context,
    message: `${context.service} ${context.action} answered an unexpected shape at ${paths.join(", ")}`,
    cause: parsed.error,
  });
}
