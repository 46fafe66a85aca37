/**
 * Next.js start-up hook: in the Node.js runtime, start the job workers inside the portal process
 * (settlement retries, reconciliation). Guarded in lib/jobs/runtime so it runs once per process;
 * `JOBS_IN_PORTAL=false` leaves the work to `npm run worker` processes. Not awaited, and a failure
 * is only logged: the portal serves requests meanwhile, and reconciliation catches up once workers
 * run again.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Never during `next build`: build workers must not open the embedded database.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  try {
    const { getEnv } = await import("./lib/config/env");
    if (getEnv().JOBS_IN_PORTAL !== "true") return;
    const { startWorkers } = await import("./lib/jobs/runtime");
    startWorkers().catch(logStartFailure);
  } catch (error) {
    logStartFailure(error);
  }
}

function logStartFailure(error: unknown) {
  console.error(
    JSON.stringify({
      level: "error",
      msg: "jobs.start_failed",
      message: error instanceof Error ? error.message : String(error),
    }),
  );
}
