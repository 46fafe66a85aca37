import { randomUUID } from "node:crypto";
import type { Logger } from "../logger";

/**
 * Provider-neutral webhook delivery queue: POSTs a body to an endpoint, retries non-2xx answers and
 * network errors with exponential backoff, and lets tests misbehave on purpose — delay, duplicate,
 * drop, hold-and-flush, or reorder the next N deliveries — to prove the portal's handlers are
 * idempotent and order-independent. Kept in memory (like faults): a restart forgets the queue.
 */
export type DeliveryMode = "normal" | "delay" | "duplicate" | "drop" | "hold" | "reorder";

export interface OutgoingWebhook {
  /** e.g. "stripe", "paypal"; used to filter rules and listings. */
  provider: string;
  /** What it is, for people and tests: e.g. "evt_123 payment_intent.succeeded". */
  label: string;
  url: string;
  body: string;
  /** Called before every attempt, so signatures carry a fresh timestamp on retries and flushes. */
  headers: () => Record<string, string>;
}

export interface DeliveryAttempt {
  at: string;
  /** HTTP status, or null when the request failed (refused connection, timeout). */
  status: number | null;
  error?: string;
}

export type DeliveryStatus = "pending" | "held" | "delivered" | "failed" | "dropped";

export interface Delivery {
  id: string;
  provider: string;
  label: string;
  url: string;
  mode: DeliveryMode;
  /** 2 for the extra copy of a `duplicate`. */
  copy: number;
  status: DeliveryStatus;
  attempts: DeliveryAttempt[];
  createdAt: string;
}

export interface DeliveryRule {
  mode: Exclude<DeliveryMode, "normal">;
  /** How many more deliveries this rule applies to. */
  remaining: number;
  delayMs: number;
  provider: string | null;
}

export interface DispatcherSettings {
  /** First retry after this many ms, then doubling. */
  retryBaseMs: number;
  /** Attempts in total (first try included) before a delivery is marked failed. */
  maxAttempts: number;
  /** Per-attempt timeout. */
  timeoutMs: number;
}

const DEFAULT_SETTINGS: DispatcherSettings = {
  retryBaseMs: 2_000,
  maxAttempts: 6,
  timeoutMs: 10_000,
};
const MAX_KEPT = 500;

interface Entry {
  delivery: Delivery;
  hook: OutgoingWebhook;
  /** For `reorder`: the batch it belongs to. */
  batch?: number;
}

export class WebhookDispatcher {
  private settings: DispatcherSettings = { ...DEFAULT_SETTINGS };
  private rules: DeliveryRule[] = [];
  private entries: Entry[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<void>>();
  /** Per endpoint: deliveries go out one after the other, in the order they were queued. */
  private readonly lanes = new Map<string, Promise<void>>();
  private reorderBatch: { id: number; size: number; entries: Entry[] } | null = null;
  private batchCounter = 0;

  constructor(private readonly log: Logger) {}

  getSettings(): DispatcherSettings {
    return { ...this.settings };
  }

  configure(change: Partial<DispatcherSettings>): DispatcherSettings {
    this.settings = { ...this.settings, ...change };
    return this.getSettings();
  }

  /** The next `count` deliveries (of `provider`, or any) get `mode`. Rules apply in the order added. */
  addRule(rule: {
    mode: DeliveryRule["mode"];
    count?: number;
    delayMs?: number;
    provider?: string;
  }): DeliveryRule {
    const added: DeliveryRule = {
      mode: rule.mode,
      remaining: rule.count ?? 1,
      delayMs: rule.delayMs ?? 0,
      provider: rule.provider ?? null,
    };
    this.rules.push(added);
    return { ...added };
  }

  listRules(): DeliveryRule[] {
    return this.rules.map((r) => ({ ...r }));
  }

  clearRules(): number {
    const count = this.rules.length;
    this.rules = [];
    return count;
  }

  list(filter: { provider?: string } = {}): Delivery[] {
    return this.entries
      .filter((e) => !filter.provider || e.delivery.provider === filter.provider)
      .map((e) => structuredClone(e.delivery));
  }

  /** Queues one webhook; the first matching rule decides how it is (mis)delivered. */
  enqueue(hook: OutgoingWebhook): Delivery {
    const rule = this.takeRule(hook.provider);
    const mode: DeliveryMode = rule?.mode ?? "normal";
    const entry = this.track(hook, mode, 1);
    switch (mode) {
      case "normal":
        this.inLane(entry);
        break;
      case "delay":
        this.later(entry, rule?.delayMs ?? 0);
        break;
      case "duplicate":
        this.inLane(entry);
        this.inLane(this.track(hook, mode, 2));
        break;
      case "drop":
        entry.delivery.status = "dropped";
        this.log.info(`sandbox: webhook ${hook.label} dropped on purpose`);
        break;
      case "hold":
        entry.delivery.status = "held";
        break;
      case "reorder":
        this.addToReorderBatch(entry, rule?.remaining ?? 1);
        break;
    }
    return structuredClone(entry.delivery);
  }

  /** Sends every held delivery now, oldest first or newest first (`reverse` = out of order). */
  flush(order: "fifo" | "reverse" = "fifo"): number {
    const held = this.entries.filter((e) => e.delivery.status === "held");
    if (order === "reverse") held.reverse();
    for (const entry of held) this.inLane(entry);
    this.reorderBatch = null;
    return held.length;
  }

  /** Resolves once nothing is being sent or waiting for a retry/delay (held ones do not count). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0 || this.timers.size > 0) {
      await Promise.race([...this.inFlight, new Promise((r) => setTimeout(r, 20))]);
    }
  }

  /** Forgets rules and deliveries and cancels pending retries (`/_control/reset`). */
  reset(): void {
    this.cancelTimers();
    this.rules = [];
    this.entries = [];
    this.reorderBatch = null;
    this.settings = { ...DEFAULT_SETTINGS };
  }

  close(): void {
    this.cancelTimers();
  }

  private takeRule(provider: string): DeliveryRule | undefined {
    const rule = this.rules.find((r) => r.provider === null || r.provider === provider);
    if (!rule) return undefined;
    const taken = { ...rule };
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.rules = this.rules.filter((r) => r !== rule);
    return taken;
  }

  /** Collects a batch (the rule's count) and sends it newest first once it is complete. */
  private addToReorderBatch(entry: Entry, sizeIfNew: number): void {
    entry.delivery.status = "held";
    if (!this.reorderBatch) {
      this.reorderBatch = { id: ++this.batchCounter, size: sizeIfNew, entries: [] };
    }
    const batch = this.reorderBatch;
    entry.batch = batch.id;
    batch.entries.push(entry);
    if (batch.entries.length >= batch.size) {
      this.reorderBatch = null;
      // Sequential, newest first, so the receiver really sees them in the wrong order.
      void batch.entries.reduceRight<Promise<void>>(
        (previous, next) => previous.then(() => this.send(next)),
        Promise.resolve(),
      );
    }
  }

  private track(hook: OutgoingWebhook, mode: DeliveryMode, copy: number): Entry {
    const entry: Entry = {
      hook,
      delivery: {
        id: `whd_${randomUUID().replace(/-/g, "").slice(0, 20)}`,
        provider: hook.provider,
        label: hook.label,
        url: hook.url,
        mode,
        copy,
        status: "pending",
        attempts: [],
        createdAt: new Date().toISOString(),
      },
    };
    this.entries.push(entry);
    if (this.entries.length > MAX_KEPT) this.entries.splice(0, this.entries.length - MAX_KEPT);
    return entry;
  }

  private attempt(entry: Entry): void {
    void this.send(entry);
  }

  /** Sends in queue order (unless a test asked for misbehaviour), so normal runs are predictable. */
  private inLane(entry: Entry): void {
    const url = entry.hook.url;
    const lane = (this.lanes.get(url) ?? Promise.resolve()).then(() => this.send(entry));
    this.lanes.set(url, lane);
    this.inFlight.add(lane);
    void lane.finally(() => {
      this.inFlight.delete(lane);
      if (this.lanes.get(url) === lane) this.lanes.delete(url);
    });
  }

  private later(entry: Entry, ms: number): void {
    entry.delivery.status = "pending";
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.attempt(entry);
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  private send(entry: Entry): Promise<void> {
    entry.delivery.status = "pending";
    const run = this.post(entry).finally(() => this.inFlight.delete(run));
    this.inFlight.add(run);
    return run;
  }

  private async post(entry: Entry): Promise<void> {
    const { hook, delivery } = entry;
    let status: number | null = null;
    let error: string | undefined;
    try {
      const response = await fetch(hook.url, {
        method: "POST",
        headers: hook.headers(),
        body: hook.body,
        redirect: "manual",
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
      status = response.status;
      await response.body?.cancel();
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
    }
    // Forgotten by a reset while the request was out: nothing more to do.
    if (!this.entries.includes(entry)) return;
    delivery.attempts.push({ at: new Date().toISOString(), status, ...(error ? { error } : {}) });
    if (status !== null && status >= 200 && status < 300) {
      delivery.status = "delivered";
      return;
    }
    if (delivery.attempts.length >= this.settings.maxAttempts) {
      delivery.status = "failed";
      this.log.warn(
        `sandbox: webhook ${hook.label} to ${hook.url} failed after ${delivery.attempts.length} attempts`,
      );
      return;
    }
    this.later(entry, this.settings.retryBaseMs * 2 ** (delivery.attempts.length - 1));
  }

  private cancelTimers(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
