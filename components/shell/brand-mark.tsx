import type { Branding } from "@/lib/config/branding";

/** Hoster logo and name; the logo is decorative because the name is always printed beside it. */
export function BrandMark({ branding }: { branding: Branding }) {
  return (
    <span className="flex items-center gap-2 font-semibold">
      {/* eslint-disable-next-line @next/next/no-img-element -- hoster logos may be any URL or SVG */}
      <img
        src={branding.logoUrl ?? "/brand/logo.svg"}
        alt=""
        width={32}
        height={32}
        className="h-8 w-8"
      />
      <span>{branding.hosterName}</span>
    </span>
  );
}
