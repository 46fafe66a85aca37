import type { Branding } from "@/lib/config/branding";
import type { Translate } from "@/lib/i18n/translate";

export function SupportFooter({ branding, t }: { branding: Branding; t: Translate }) {
  return (
    <footer className="px-6 py-4 text-center text-sm text-slate-600">
      {t("common.support", { email: branding.supportEmail })}
    </footer>
  );
}
