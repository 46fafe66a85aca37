import type { Metadata } from "next";
import type { CSSProperties, ReactNode } from "react";
import { getBranding } from "@/lib/config/branding";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import "./globals.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  const title = t("meta.title", { hoster: getBranding().hosterName });
  return { title: { default: title, template: `%s · ${title}` }, robots: { index: false } };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const brand = { "--brand": getBranding().primaryColor } as CSSProperties;
  return (
    <html lang={locale} style={brand}>
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
