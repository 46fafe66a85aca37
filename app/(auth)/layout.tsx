import type { ReactNode } from "react";
import { BrandMark } from "@/components/shell/brand-mark";
import { LocaleSwitcher } from "@/components/shell/locale-switcher";
import { SupportFooter } from "@/components/shell/support-footer";
import { getBranding } from "@/lib/config/branding";
import { getLocale, getTranslator } from "@/lib/i18n/server";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslator()]);
  const branding = getBranding();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between border-b border-slate-200 bg-white px-6 py-3">
        <BrandMark branding={branding} />
        <LocaleSwitcher locale={locale} t={t} />
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 py-12">
        {children}
      </main>
      <SupportFooter branding={branding} t={t} />
    </div>
  );
}
