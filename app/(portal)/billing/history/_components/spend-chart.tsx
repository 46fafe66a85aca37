import type { Money } from "@/lib/billing/money";
import type { HistorySummary } from "@/lib/billing/history/summarize";

export type ChartText = {
  title: string;
  description: string;
  bonus: string;
  main: string;
  /** Period labels, one per bar; the first and last are drawn under the axis. */
  labels: string[];
  formatMoney: (value: Money) => string;
};

const W = 720;
const H = 240;
const PAD = { top: 12, right: 8, bottom: 28, left: 72 };

/** 1, 2, 2.5 or 5 × 10ⁿ at or above `value`, so the axis shows round figures. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value) ?? 10;
  return step * power;
}

/**
 * Stacked bars of spend per period (main balance at the bottom, bonus above), drawn on the server
 * as SVG: no chart library in the browser bundle. The SVG is one image with a title and a
 * description for screen readers; the table after it is the full text alternative.
 */
export function SpendChart({ summary, text }: { summary: HistorySummary; text: ChartText }) {
  const { periods, currency } = summary;
  const max = niceCeiling(Math.max(0, ...periods.map((p) => p.figures.total.amountMinor)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / Math.max(1, periods.length);
  const barW = Math.max(1, step * (periods.length > 100 ? 1 : 0.8));
  const y = (minor: number) => PAD.top + plotH - (Math.max(0, minor) / max) * plotH;
  const ticks = [0, max / 2, max];
  const money = (minor: number) => text.formatMoney({ amountMinor: Math.round(minor), currency });
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="h-auto w-full"
        role="img"
        aria-labelledby="spend-chart-title"
        aria-describedby="spend-chart-desc"
        data-testid="spend-chart"
      >
        <title id="spend-chart-title">{text.title}</title>
        <desc id="spend-chart-desc">{text.description}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(tick)}
              y2={y(tick)}
              className="stroke-slate-200"
            />
            <text
              x={PAD.left - 6}
              y={y(tick) + 4}
              textAnchor="end"
              className="fill-slate-700 text-[11px]"
            >
              {money(tick)}
            </text>
          </g>
        ))}
        {periods.map(({ start, figures }, index) => {
          const x = PAD.left + index * step + (step - barW) / 2;
          const mainTop = y(figures.main.amountMinor);
          const totalTop = y(figures.main.amountMinor + figures.bonus.amountMinor);
          return (
            <g key={start}>
              <rect
                x={x}
                y={mainTop}
                width={barW}
                height={PAD.top + plotH - mainTop}
                className="fill-brand"
              />
              <rect
                x={x}
                y={totalTop}
                width={barW}
                height={mainTop - totalTop}
                className="fill-emerald-600"
              />
            </g>
          );
        })}
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={PAD.top + plotH}
          y2={PAD.top + plotH}
          className="stroke-slate-500"
        />
        <text x={PAD.left} y={H - 8} className="fill-slate-700 text-[11px]">
          {text.labels[0]}
        </text>
        <text x={W - PAD.right} y={H - 8} textAnchor="end" className="fill-slate-700 text-[11px]">
          {text.labels.at(-1)}
        </text>
      </svg>
      <figcaption className="flex gap-4 text-sm text-slate-700">
        <span className="flex items-center gap-1.5">
          <span aria-hidden="true" className="bg-brand inline-block size-3 rounded-sm" />
          {text.main}
        </span>
        <span className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block size-3 rounded-sm bg-emerald-600" />
          {text.bonus}
        </span>
      </figcaption>
    </figure>
  );
}
