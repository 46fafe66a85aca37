import { toDecimalString } from "@/lib/billing/money";
import { checkAmount, parseTypedAmount } from "../amounts";

/**
 * The amount slider and its typed twin, as pure functions (the component only wires them to
 * events). The slider moves in steps from the minimum; typed amounts may be any whole minor unit
 * between min and max. Both are conveniences: the server checks the amount again.
 */
export type AmountRange = { minMinor: number; maxMinor: number; stepMinor: number };

const clamp = (value: number, range: AmountRange) =>
  Math.min(range.maxMinor, Math.max(range.minMinor, value));

/** The slider's nearest stop: min + k·step, or max itself (reachable even off the grid). */
export function snapToStep(value: number, range: AmountRange): number {
  const clamped = clamp(value, range);
  const steps = Math.round((clamped - range.minMinor) / range.stepMinor);
  const snapped = clamp(range.minMinor + steps * range.stepMinor, range);
  const toMax = range.maxMinor - clamped;
  return toMax < Math.abs(clamped - snapped) ? range.maxMinor : snapped;
}

/** Stops strictly above / below `value` (a typed amount off the grid moves to the next stop). */
function nextStop(value: number, range: AmountRange, direction: 1 | -1): number {
  const offset = (value - range.minMinor) / range.stepMinor;
  const k = direction > 0 ? Math.floor(offset) + 1 : Math.ceil(offset) - 1;
  return clamp(range.minMinor + k * range.stepMinor, range);
}

/** How far PageUp / PageDown move: ten steps, the usual "large step" of a slider. */
export const PAGE_STEPS = 10;

/**
 * The new value for a key pressed on the slider (WAI-ARIA slider pattern), or null for a key the
 * slider does not handle (Tab, letters…).
 */
export function sliderKeyValue(value: number, key: string, range: AmountRange): number | null {
  let next = value;
  switch (key) {
    case "ArrowRight":
    case "ArrowUp":
      return nextStop(value, range, 1);
    case "ArrowLeft":
    case "ArrowDown":
      return nextStop(value, range, -1);
    case "PageUp":
      for (let i = 0; i < PAGE_STEPS; i++) next = nextStop(next, range, 1);
      return next;
    case "PageDown":
      for (let i = 0; i < PAGE_STEPS; i++) next = nextStop(next, range, -1);
      return next;
    case "Home":
      return range.minMinor;
    case "End":
      return range.maxMinor;
    default:
      return null;
  }
}

/** A pointer position along the track (0…1) → the nearest stop. */
export function sliderValueAt(fraction: number, range: AmountRange): number {
  const f = Math.min(1, Math.max(0, fraction));
  return snapToStep(range.minMinor + f * (range.maxMinor - range.minMinor), range);
}

/** Where `value` sits along the track, 0…1. */
export function sliderFraction(value: number, range: AmountRange): number {
  const span = range.maxMinor - range.minMinor;
  return span <= 0 ? 0 : (clamp(value, range) - range.minMinor) / span;
}

export type TypedAmount =
  { ok: true; amountMinor: number } | { ok: false; error: "format" | "below_min" | "above_max" };

/** What the customer typed in the amount field: too many decimals or not a number → "format". */
export function readTypedAmount(text: string, currency: string, range: AmountRange): TypedAmount {
  const minor = parseTypedAmount(text, currency);
  if (minor === null) return { ok: false, error: "format" };
  const check = checkAmount(minor, currency, { ...range, currency });
  if (check.ok) return { ok: true, amountMinor: check.amountMinor };
  return { ok: false, error: check.reason === "above_max" ? "above_max" : "below_min" };
}

/** The text the amount field shows for a value: plain decimals ("25.00"), no currency sign. */
export function amountFieldText(amountMinor: number, currency: string): string {
  return toDecimalString({ amountMinor, currency });
}

/** The amount a flow starts with: a requested one if valid, else the minimum. */
export function initialAmount(requested: number | null | undefined, range: AmountRange): number {
  if (requested === null || requested === undefined || !Number.isSafeInteger(requested)) {
    return range.minMinor;
  }
  return clamp(requested, range);
}
