import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { envSchema } from "./schema";

/** Keeps .env.example honest: every setting the portal reads is documented there. */
describe(".env.example", () => {
  it("documents every variable of the configuration schema", () => {
    const documented = new Set(
      readFileSync(".env.example", "utf8")
        .split("\n")
        .map((line) => /^([A-Z0-9_]+)=/.exec(line)?.[1])
        .filter((name): name is string => Boolean(name)),
    );
    const missing = Object.keys(envSchema.shape).filter((name) => !documented.has(name));
    expect(missing).toEqual([]);
  });
});
