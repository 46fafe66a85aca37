/**
 * `npm run db:generate` (add `--force` to skip the freshness check): `prisma generate` offline.
 * Every Prisma CLI command first tries to download the native schema engine; an existing executable
 * at PRISMA_SCHEMA_ENGINE_BINARY stops that, and `generate` never runs it.
 */
import { spawn } from "node:child_process";
import { chmod, mkdir, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { isMain, paths } from "./paths";

const STUB = `#!/bin/sh
echo "The native Prisma schema engine is not installed (offline). Use npm run db:migrate / db:deploy." >&2
exit 1
`;

async function mtime(file: string): Promise<number | null> {
  return stat(file).then(
    (s) => s.mtimeMs,
    () => null,
  );
}

/** The generated client is stale when it is older than anything that shapes it. */
export async function isClientFresh(): Promise<boolean> {
  const generated = await mtime(paths.generatedClient);
  if (generated === null) return false;
  const inputs = [paths.schema, path.join(paths.root, "prisma.config.ts")];
  const times = await Promise.all(inputs.map(mtime));
  return times.every((t) => t === null || t < generated);
}

async function engineStub(): Promise<string> {
  const file = path.join(paths.root, "node_modules", ".cache", "prisma-offline", "schema-engine");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, STUB);
  await chmod(file, 0o755);
  return file;
}

/** Runs `prisma generate` unless the client is already fresh; true when it generated. */
export async function generateClient({ force = false } = {}): Promise<boolean> {
  if (!force && (await isClientFresh())) return false;
  const require = createRequire(import.meta.url);
  const cli = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");
  const env = {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || (await engineStub()),
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  };
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "generate", "--schema", paths.schema], {
      cwd: paths.root,
      env,
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`prisma generate exited with ${code}`)),
    );
  });
  return true;
}

if (isMain(import.meta.url)) {
  const started = Date.now();
  generateClient({ force: process.argv.includes("--force") })
    .then((generated) => {
      const ms = Date.now() - started;
      console.log(
        generated ? `generated in ${ms} ms` : "client is up to date (use --force to regenerate)",
      );
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
