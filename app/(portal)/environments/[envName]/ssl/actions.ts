"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";
import {
  removeCustomCertificate,
  setBuiltInSsl,
  uploadCustomCertificate,
} from "@/lib/data/environment-ssl";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { MAX_PEM_LENGTH } from "@/lib/tls";

export type SslActionState = FormState & { message?: string };

const envName = z.string().min(1).max(64);
const pem = z.string().max(MAX_PEM_LENGTH + 1);
const pathOf = (name: string) => `/environments/${encodeURIComponent(name)}/ssl`;

export async function setBuiltInSslAction(
  _prev: SslActionState,
  formData: FormData,
): Promise<SslActionState> {
  const t = await getTranslator();
  const parsed = z
    .object({ envName, enabled: z.enum(["true", "false"]) })
    .safeParse({ envName: formData.get("envName"), enabled: formData.get("enabled") });
  if (!parsed.success) return { error: t("envSsl.errors.invalid") };
  const enabled = parsed.data.enabled === "true";
  const result = await setBuiltInSsl(parsed.data.envName, enabled);
  if (!result.ok) return { error: t(`envSsl.errors.${result.reason}`) };
  revalidatePath(pathOf(parsed.data.envName));
  return { message: t(enabled ? "envSsl.enabledDone" : "envSsl.disabledDone") };
}

/**
 * The private key is read once and never returned: `values` only carries the certificate and the
 * chain back to the form, so a failed attempt does not keep the key in page state.
 */
export async function uploadCertificateAction(
  _prev: SslActionState,
  formData: FormData,
): Promise<SslActionState> {
  const t = await getTranslator();
  const parsed = z
    .object({ envName, certificatePem: pem, privateKeyPem: pem, chainPem: pem })
    .safeParse({
      envName: formData.get("envName"),
      certificatePem: formData.get("certificatePem") ?? "",
      privateKeyPem: formData.get("privateKeyPem") ?? "",
      chainPem: formData.get("chainPem") ?? "",
    });
  if (!parsed.success) return { error: t("envSsl.tls.certificate_too_large") };
  const { certificatePem, privateKeyPem, chainPem } = parsed.data;
  const keep = { certificatePem, chainPem };
  const result = await uploadCustomCertificate(parsed.data.envName, {
    certificatePem,
    privateKeyPem,
    chainPem,
  });
  if (!result.ok) {
    const error =
      result.reason === "certificate"
        ? t(`envSsl.tls.${result.rejection}`)
        : t(`envSsl.errors.${result.reason}`);
    return { error, values: keep };
  }
  revalidatePath(pathOf(parsed.data.envName));
  const summary = result.value;
  const date = formatDate(new Date(summary.validTo), await getLocale());
  const name = summary.subjectCommonName ?? summary.subjectAltNames[0] ?? "";
  const issuer = summary.issuerCommonName ?? summary.issuer;
  return {
    message: `${t("envSsl.uploaded", { name })} ${t("envSsl.uploadedDetails", { date, issuer })}`,
  };
}

export async function removeCertificateAction(
  _prev: SslActionState,
  formData: FormData,
): Promise<SslActionState> {
  const t = await getTranslator();
  const parsed = z
    .object({ envName, certificateId: z.coerce.number().int().positive() })
    .safeParse({ envName: formData.get("envName"), certificateId: formData.get("certificateId") });
  if (!parsed.success) return { error: t("envSsl.errors.invalid") };
  const result = await removeCustomCertificate(parsed.data.envName, parsed.data.certificateId);
  if (!result.ok) return { error: t(`envSsl.errors.${result.reason}`) };
  revalidatePath(pathOf(parsed.data.envName));
  return { message: t("envSsl.removed") };
}
