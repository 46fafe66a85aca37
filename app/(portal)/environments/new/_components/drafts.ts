import { MAX_CPU_MHZ, MAX_NODES, MAX_RAM_MIB, type LayerInput } from "@/lib/new-environment/input";
import { toLayerSpecs } from "@/lib/new-environment/topology";
import type { NewLayerSpec } from "@/lib/jelastic/types-new-environment";
import type { LayerDraft } from "./types";

/** Typed text → numbers for zod ("" and "abc" become NaN, which zod reports as not a number). */
export function toLayerInput(draft: LayerDraft): LayerInput {
  const num = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));
  return {
    nodeType: draft.nodeType,
    nodes: num(draft.nodes),
    reservedRamMiB: num(draft.reservedRamMiB),
    reservedCpuMHz: num(draft.reservedCpuMHz),
    limitRamMiB: num(draft.limitRamMiB),
    limitCpuMHz: num(draft.limitCpuMHz),
    publicIp: draft.publicIp,
  };
}

const clampInt = (text: string, min: number, max: number) => {
  const n = Number(text);
  return Number.isInteger(n) ? Math.min(Math.max(n, min), max) : min;
};

/** For the live estimate and cloudlet hints: half-typed values count as their nearest valid value. */
export function toEstimateLayers(drafts: LayerDraft[]): NewLayerSpec[] {
  return toLayerSpecs(
    drafts.map((d) => ({
      nodeType: d.nodeType,
      nodes: clampInt(d.nodes, 1, MAX_NODES),
      reservedRamMiB: clampInt(d.reservedRamMiB, 0, MAX_RAM_MIB),
      reservedCpuMHz: clampInt(d.reservedCpuMHz, 0, MAX_CPU_MHZ),
      limitRamMiB: clampInt(d.limitRamMiB, 0, MAX_RAM_MIB),
      limitCpuMHz: clampInt(d.limitCpuMHz, 0, MAX_CPU_MHZ),
      publicIp: d.publicIp,
    })),
  );
}

let nextKey = 1;

export function newLayer(nodeType: string): LayerDraft {
  return {
    key: nextKey++,
    nodeType,
    nodes: "1",
    reservedRamMiB: "128",
    reservedCpuMHz: "400",
    limitRamMiB: "512",
    limitCpuMHz: "1600",
    publicIp: false,
  };
}
