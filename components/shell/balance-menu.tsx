"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";

export type BalanceMenuItem = { href: string; label: string };

/**
 * "Balance" in the header: a disclosure (button + list of links), not an ARIA menu — Tab moves
 * through the links as on any page. Escape closes it and returns focus to the button; so do a
 * click outside, focus leaving it, and following a link.
 */
export function BalanceMenu({ label, items }: { label: string; items: BalanceMenuItem[] }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);

  const current = items.find(
    (item) => pathname === item.href || pathname.startsWith(`${item.href}/`),
  );

  return (
    <div
      ref={root}
      className="relative"
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          event.preventDefault();
          setOpen(false);
          button.current?.focus();
        }
      }}
      onBlur={(event) => {
        if (open && !root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
        className={`inline-flex items-center gap-1 hover:underline ${current ? "underline" : ""}`}
      >
        {label}
        <svg aria-hidden="true" viewBox="0 0 20 20" width="14" height="14" fill="currentColor">
          <path d={open ? "M5 12l5-5 5 5z" : "M5 8l5 5 5-5z"} />
        </svg>
      </button>
      <ul
        id={listId}
        hidden={!open}
        className="absolute left-0 z-20 mt-2 min-w-56 rounded border border-slate-200 bg-white py-1 shadow-lg"
      >
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current === item ? "page" : undefined}
              onClick={() => setOpen(false)}
              className="block px-4 py-2 font-normal hover:bg-slate-100 aria-[current=page]:font-semibold"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
