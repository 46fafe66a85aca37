"use client";

import { useRef, type PointerEvent } from "react";
import {
  sliderFraction,
  sliderKeyValue,
  sliderValueAt,
  type AmountRange,
} from "@/lib/payments/ui/amount-input";

/**
 * The amount slider (WAI-ARIA slider pattern): arrows move one step, PageUp/PageDown ten, Home/End
 * to the ends; screen readers hear the formatted amount (aria-valuetext). Pointer drags snap to
 * the same steps. A custom element rather than <input type="range"> because the maximum must be
 * reachable off the step grid and a typed amount between steps must be shown as it is.
 */
export function AmountSlider({
  labelId,
  describedBy,
  value,
  range,
  valueText,
  onChange,
}: {
  labelId: string;
  describedBy?: string;
  value: number;
  range: AmountRange;
  valueText: string;
  onChange(value: number): void;
}) {
  const track = useRef<HTMLDivElement>(null);
  const thumb = useRef<HTMLDivElement>(null);
  const percent = `${sliderFraction(value, range) * 100}%`;

  function moveTo(event: PointerEvent<HTMLDivElement>) {
    const box = track.current?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    onChange(sliderValueAt((event.clientX - box.left) / box.width, range));
  }

  return (
    <div
      ref={track}
      className="relative h-8 cursor-pointer touch-none select-none"
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        moveTo(event);
        thumb.current?.focus();
        event.preventDefault();
      }}
      onPointerMove={(event) => {
        if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event);
      }}
    >
      <div className="absolute top-1/2 h-2 w-full -translate-y-1/2 rounded-full bg-slate-300" />
      <div
        className="bg-brand absolute top-1/2 h-2 -translate-y-1/2 rounded-full"
        style={{ width: percent }}
      />
      <div
        ref={thumb}
        role="slider"
        tabIndex={0}
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        aria-orientation="horizontal"
        aria-valuemin={range.minMinor}
        aria-valuemax={range.maxMinor}
        aria-valuenow={value}
        aria-valuetext={valueText}
        data-testid="amount-slider"
        className="border-brand absolute top-1/2 h-7 w-7 -translate-x-1/2 -translate-y-1/2 rounded-full border-4 bg-white shadow"
        style={{ left: percent }}
        onKeyDown={(event) => {
          const next = sliderKeyValue(value, event.key, range);
          if (next === null) return;
          event.preventDefault();
          onChange(next);
        }}
      />
    </div>
  );
}
