import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";

/**
 * PGlite has no lock on its data folder: a second process opening it sees only its own writes and
 * leaves a folder that no longer opens (shared/reference/jobs.md, "Two processes"). So whoever opens
 * a folder first writes `<folder>.lock` with its pid; others refuse while that process lives.
 */

export class PgliteFolderInUseError extends Error {
  override name = "PgliteFolderInUseError";
}

const held = new Map<string, number>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the folder for this process (re-entrant); returns the release function. */
export function acquirePgliteLock(dataDir: string): () => void {
  const lockPath = `${path.resolve(/*turbopackIgnore: true*/ dataDir)}.lock`;
  const count = held.get(lockPath) ?? 0;
  if (count === 0) takeLockFile(lockPath);
  held.set(lockPath, count + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (held.get(lockPath) ?? 1) - 1;
    if (left > 0) return void held.set(lockPath, left);
    held.delete(lockPath);
    removeLockFile(lockPath);
  };
}

function takeLockFile(lockPath: string) {
  mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = Number.parseInt(readFileSync(lockPath, "utf8"), 10);
    if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
      throw new PgliteFolderInUseError(
        `The embedded database ${path.basename(lockPath, ".lock")} is open in process ${owner}. ` +
          `Stop that process first (only one process may open a PGlite folder), or use DATABASE_URL. ` +
          `If no such process exists, delete ${lockPath}.`,
      );
    }
    // Left behind by a process that died (or by an earlier life of this pid): take it over.
    unlinkSync(lockPath);
  }
  throw new PgliteFolderInUseError(`Could not take ${lockPath}`);
}

function removeLockFile(lockPath: string) {
  try {
    if (readFileSync(lockPath, "utf8") === String(process.pid)) unlinkSync(lockPath);
  } catch {
    // Already gone.
  }
}

// A crash leaves the file behind, which the pid check above tolerates; a normal exit cleans up.
process.once("exit", () => {
  for (const lockPath of held.keys()) removeLockFile(lockPath);
});
