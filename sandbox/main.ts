import { resolve } from "node:path";
import { startSandbox } from "./server";

/**
 * `npm run sandbox`: SANDBOX_PORT (4010), SANDBOX_SMTP_PORT (4025), SANDBOX_DATA_DIR (.data/sandbox),
 * SANDBOX_PUBLIC_URL (defaults to the sandbox's own URL).
 */
function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65_535) {
    console.error(`${name} must be a port number (0-65535), got "${raw}"`);
    process.exit(1);
  }
  return value;
}

const dataDir = resolve(process.env.SANDBOX_DATA_DIR || ".data/sandbox");
try {
  const sandbox = await startSandbox({
    port: port("SANDBOX_PORT", 4010),
    smtpPort: port("SANDBOX_SMTP_PORT", 4025),
    dataDir,
    publicUrl: process.env.SANDBOX_PUBLIC_URL || undefined,
  });
  console.log(
    `Sandbox listening on ${sandbox.url} (SMTP 127.0.0.1:${sandbox.smtpPort}, inbox ${sandbox.url}/inbox, state in ${dataDir})`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Sandbox: ${signal} received, saving state and stopping.`);
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Sandbox: error while stopping: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
} catch (error) {
  console.error(
    `Sandbox could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
