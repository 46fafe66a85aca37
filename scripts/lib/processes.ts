import { spawn, type ChildProcess } from "node:child_process";

export type Service = { name: string; child: ChildProcess; exited: Promise<number> };

/** Starts a long-running child whose output is prefixed, so interleaved logs stay readable. */
export function startService(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { quiet?: boolean } = {},
): Service {
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => `[${name}] ${line}\n`)
      .join("");
  if (!options.quiet) {
    child.stdout?.on("data", (chunk: Buffer) => process.stdout.write(prefix(chunk)));
  } else {
    child.stdout?.resume();
  }
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  const exited = new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
  return { name, child, exited };
}

/** Polls a URL until it answers 2xx, or fails with the service's name after the deadline. */
export async function waitForHttp(url: string, name: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not become ready at ${url} within ${timeoutMs / 1000} s`);
}

export async function stopAll(services: Service[]): Promise<void> {
  await Promise.all(
    services.map(async ({ child, exited }) => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }),
  );
}
