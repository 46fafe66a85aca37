import { getEnv } from "./env";

export type Branding = {
  hosterName: string;
  logoUrl: string | null;
  primaryColor: string;
  supportEmail: string;
  supportUrl: string | null;
  termsUrl: string | null;
  currency: string;
};

export function getBranding(): Branding {
  const env = getEnv();
  return {
    hosterName: env.HOSTER_NAME,
    logoUrl: env.HOSTER_LOGO_URL ?? null,
    primaryColor: env.BRAND_COLOR,
    supportEmail: env.SUPPORT_EMAIL,
    supportUrl: env.SUPPORT_URL ?? null,
    termsUrl: env.TERMS_URL ?? null,
    currency: env.CURRENCY,
  };
}
