/**
 * Next.js start-up hook: in the Node.js runtime, start the job workers inside the portal process
 * (settlement retries, reconciliation). Guarded in lib/jobs/runtime so it runs once per process;
 * `JOBS_IN_PORTAL=false` leaves the work to `npm run worker` processes. A failure is logged and
 * does not stop the portal: reconciliation catches up once workers run again.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv } = await import("./lib/config/env");
  const env = getEnv();
  if (env.JOBS_IN_PORTAL !== "true") return;
  const { startWorkers } = await import("./lib/jobs/runtime");
  await startWorkers().catch((error: unknown) => {
    console.error(
      JSON.stringify({
        level: "error",
        msg: "jobs.start_failed",
        message: error instanceof Error ? error.message : String(error),
      }),
    );
  });
}
