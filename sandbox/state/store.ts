import { existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Logger } from "../logger";
import { STATE_VERSION, type SandboxState } from "./types";

const SAVE_DELAY_MS = 50;

/**
 * The sandbox's state with JSON persistence. Writes are debounced (a burst of requests costs one
 * write) and atomic (temp file + rename), so a crash never leaves a half-written state file.
 */
export class Store {
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private dirty = false;

  private constructor(
    private readonly file: string,
    private current: SandboxState,
    private readonly seed: () => SandboxState,
    private readonly log: Logger,
  ) {}

  /** Loads `state.json` from `dataDir`, or seeds it when missing, unreadable or from another version. */
  static open(dataDir: string, seed: () => SandboxState, log: Logger): Store {
    mkdirSync(dataDir, { recursive: true });
    const file = join(dataDir, "state.json");
    const loaded = load(file, log);
    // A state file from before a section existed (e.g. `stripe`) gets that section from the seed.
    const store = new Store(file, loaded ? { ...seed(), ...loaded } : seed(), seed, log);
    if (!loaded) store.scheduleSave();
    return store;
  }

  get state(): SandboxState {
    return this.current;
  }

  /** Every mutation goes through here so that it gets persisted. */
  update<T>(change: (state: SandboxState) => T): T {
    const result = change(this.current);
    this.scheduleSave();
    return result;
  }

  reset(): void {
    this.current = this.seed();
    this.scheduleSave();
  }

  /** Writes pending changes now (used on shutdown and by tests that restart the sandbox). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      this.dirty = true;
    }
    if (this.dirty) this.writing = this.writing.then(() => this.write());
    await this.writing;
  }

  private scheduleSave(): void {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.writing = this.writing.then(() => this.write());
    }, SAVE_DELAY_MS);
  }

  private async write(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      await writeFile(temp, JSON.stringify(this.current), "utf8");
      await rename(temp, this.file);
    } catch (error) {
      this.dirty = true;
      this.log.error(
        `sandbox: could not save state: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}

function load(file: string, log: Logger): SandboxState | null {
  if (!existsSync(file)) return null;
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<SandboxState> | null;
    if (parsed?.version === STATE_VERSION && parsed.platform && parsed.whmcs && parsed.mail) {
      return parsed as SandboxState;
    }
    log.warn(`sandbox: ${file} is from another version; starting from the seed`);
  } catch {
    // Keep the unreadable file for inspection instead of silently overwriting it.
    renameSync(file, `${file}.corrupt-${Date.now()}`);
    log.warn(`sandbox: ${file} was unreadable; moved aside and starting from the seed`);
  }
  return null;
}
