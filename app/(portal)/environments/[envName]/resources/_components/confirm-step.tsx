"use client";

import type { RefObject } from "react";
import type { EnvironmentResourcesMessages } from "@/lib/i18n/messages/environment-resources.en";
import type { LayerResourcesChange } from "@/lib/jelastic/types-resources";
import { formatMessage } from "../../../new/_components/format";

type Props = {
  change: LayerResourcesChange;
  locale: string;
  m: EnvironmentResourcesMessages;
  pending: boolean;
  /** Focus moves here when the step opens, so keyboard and screen-reader users land on the question. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  onApply: () => void;
  onBack: () => void;
};

const button = "rounded px-4 py-2 text-sm font-medium";

/** The last step before anything is sent: what will change, then "Apply changes" or back. */
export function ConfirmStep({ change, locale, m, pending, headingRef, onApply, onBack }: Props) {
  return (
    <section
      aria-labelledby="confirm-heading"
      className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4"
    >
      <h2 id="confirm-heading" ref={headingRef} tabIndex={-1} className="text-base font-semibold">
        {m.confirmHeading}
      </h2>
      <p className="text-sm" data-testid="confirm-summary">
        {formatMessage(locale, m.confirmText, {
          layer: change.nodeGroup,
          nodes: change.nodes,
          reserved: change.reservedCloudlets,
          limit: change.scalingLimitCloudlets,
          ip: change.publicIp ? m.ipOn : m.ipOff,
        })}
      </p>
      <div className="flex gap-3">
        <button
          type="button"
          onClick={onApply}
          disabled={pending}
          className={`${button} bg-brand text-white`}
        >
          {pending ? m.applying : m.apply}
        </button>
        <button
          type="button"
          onClick={onBack}
          disabled={pending}
          className={`${button} border border-slate-300`}
        >
          {m.back}
        </button>
      </div>
    </section>
  );
}
