"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * Moves focus to this message when it appears in place of the form that had focus (the submit
 * re-rendered the page at the next step), so keyboard and screen-reader users are not dropped
 * at the top of the document. Focus the user put elsewhere is left alone.
 */
export function FocusOnMount({
  id,
  className,
  children,
}: {
  id: string;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) ref.current?.focus();
  }, []);
  return (
    <div ref={ref} id={id} tabIndex={-1} role="status" className={className}>
      {children}
    </div>
  );
}
