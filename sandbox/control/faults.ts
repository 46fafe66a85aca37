import { randomUUID } from "node:crypto";
import type { FaultInput } from "./fault-schema";

export type Service = "whmcs" | "jelastic" | "stripe";

export interface Fault extends FaultInput {
  id: string;
  /** How many requests it has hit so far. */
  hits: number;
  /** Hits left before it switches itself off; `null` is unlimited. */
  remaining: number | null;
  createdAt: string;
}

/**
 * Fault switches, kept in memory on purpose: a restarted sandbox comes back healthy. Matching is
 * case-insensitive; the first fault registered wins, so tests can stack a specific one after a "*".
 */
export class FaultRegistry {
  private faults: Fault[] = [];

  add(input: FaultInput): Fault {
    const fault: Fault = {
      ...input,
      id: randomUUID(),
      hits: 0,
      remaining: input.times ?? null,
      createdAt: new Date().toISOString(),
    };
    this.faults.push(fault);
    return fault;
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  remove(id: string): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((f) => f.id !== id);
    return this.faults.length < before;
  }

  clear(): number {
    const count = this.faults.length;
    this.faults = [];
    return count;
  }

  /** Finds the fault for this call and counts the hit (retiring it when its `times` run out). */
  take(service: Service, action: string): Fault | undefined {
    const wanted = action.toLowerCase();
    const fault = this.faults.find(
      (f) =>
        (f.service === "*" || f.service === service) &&
        (f.action === "*" || f.action.toLowerCase() === wanted),
    );
    if (!fault) return undefined;
    fault.hits += 1;
    if (fault.remaining !== null) {
      fault.remaining -= 1;
      if (fault.remaining <= 0) this.remove(fault.id);
    }
    return { ...fault };
  }
}
