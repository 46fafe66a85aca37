"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import {
  createContext,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type ReactNode,
} from "react";

export type BalanceMenuItem = { href: string; label: string };

const CloseMenu = createContext<() => void>(() => {});

/**
 * "Balance" in the header: a disclosure (button + list of links), not an ARIA menu — Tab moves
 * through the links as on any page. Escape closes it and returns focus to the button; so do a
 * click outside, focus leaving it, and following a link. `first` is rendered by the server (it
 * depends on the account: refill or upgrade) and may stream in later.
 */
export function BalanceMenu({
  label,
  first,
  items,
}: {
  label: string;
  first: ReactNode;
  items: BalanceMenuItem[];
}) {
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

  const inSection = ["/billing", "/invoices"].some(
    (section) => pathname === section || pathname.startsWith(`${section}/`),
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
        className={`inline-flex items-center gap-1 hover:underline ${inSection ? "underline" : ""}`}
      >
        {label}
        <svg aria-hidden="true" viewBox="0 0 20 20" width="14" height="14" fill="currentColor">
          <path d={open ? "M5 12l5-5 5 5z" : "M5 8l5 5 5-5z"} />
        </svg>
      </button>
      <CloseMenu.Provider value={() => setOpen(false)}>
        <ul
          id={listId}
          hidden={!open}
          className="absolute left-0 z-20 mt-2 min-w-56 rounded border border-slate-200 bg-white py-1 shadow-lg"
        >
          <li>{first}</li>
          {items.map((item) => (
            <li key={item.href}>
              <MenuLink href={item.href} label={item.label} />
            </li>
          ))}
        </ul>
      </CloseMenu.Provider>
    </div>
  );
}

/** One link of the Balance menu: marks the current page and closes the menu when followed. */
export function MenuLink({ href, label }: BalanceMenuItem) {
  const pathname = usePathname();
  const close = useContext(CloseMenu);
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      onClick={close}
      className="block px-4 py-2 font-normal hover:bg-slate-100 aria-[current=page]:font-semibold"
    >
      {label}
    </Link>
  );
}
