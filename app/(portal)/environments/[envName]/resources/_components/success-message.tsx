import Link from "next/link";
import type { RefObject } from "react";

/** "Changed" with the way back; focused when shown so screen readers announce it. */
export function SuccessMessage({
  text,
  backHref,
  backText,
  focusRef,
}: {
  text: string;
  backHref: string;
  backText: string;
  focusRef: RefObject<HTMLParagraphElement | null>;
}) {
  return (
    <p
      ref={focusRef}
      tabIndex={-1}
      role="status"
      data-testid="resources-success"
      className="text-sm text-green-800"
    >
      {text}{" "}
      <Link href={backHref} className="underline">
        {backText}
      </Link>
    </p>
  );
}
