import type { Metadata } from "next";
import { Card, Unavailable } from "@/components/ui/card";
import { requireAccount } from "@/lib/data/session";
import { listSshKeys } from "@/lib/data/ssh-keys";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import type { SshKey } from "@/lib/jelastic";
import type { Translate } from "@/lib/i18n/translate";
import { AddSshKeyForm } from "./_components/add-ssh-key-form";
import { SshKeyTable, type SshKeyRow } from "./_components/ssh-key-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t("sshKeys.title") };
}

/** Formatting and translation happen here, so the client table only receives strings. */
function toRow(key: SshKey, t: Translate, locale: string): SshKeyRow {
  return {
    id: key.id,
    title: key.title,
    fingerprint: key.fingerprint ?? t("sshKeys.unknownFingerprint"),
    type: key.bits ? t("sshKeys.typeWithBits", { type: key.type, bits: key.bits }) : key.type,
    added: key.addedAt ? formatDate(key.addedAt, locale) : t("sshKeys.unknownDate"),
    addedIso: key.addedAt?.toISOString() ?? null,
    deleteLabel: t("sshKeys.deleteLabel", { title: key.title }),
    confirmLabel: t("sshKeys.confirmDelete", { title: key.title }),
  };
}

export default async function SshKeysPage() {
  const [account, t, locale] = await Promise.all([requireAccount(), getTranslator(), getLocale()]);
  const list = await listSshKeys(account);
  const listMessage = list.ok
    ? null
    : list.reason === "no_platform"
      ? t("sshKeys.noPlatform")
      : t("sshKeys.listUnavailable");

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("sshKeys.title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("sshKeys.intro")}</p>
      </div>
      <Card id="ssh-keys-list" title={t("sshKeys.listHeading")}>
        {list.ok ? (
          <SshKeyTable
            rows={list.keys.map((key) => toRow(key, t, locale))}
            labels={{
              caption: t("sshKeys.listHeading"),
              title: t("sshKeys.colTitle"),
              fingerprint: t("sshKeys.colFingerprint"),
              type: t("sshKeys.colType"),
              added: t("sshKeys.colAdded"),
              actions: t("sshKeys.colActions"),
              delete: t("sshKeys.delete"),
              cancel: t("sshKeys.cancel"),
              deleting: t("sshKeys.deleting"),
              empty: t("sshKeys.empty"),
            }}
          />
        ) : (
          <Unavailable message={listMessage ?? ""} />
        )}
      </Card>
      {!(list.ok === false && list.reason === "no_platform") && (
        <Card id="ssh-keys-add" title={t("sshKeys.addHeading")}>
          <AddSshKeyForm
            labels={{
              title: t("sshKeys.fieldTitle"),
              titleHint: t("sshKeys.fieldTitleHint"),
              publicKey: t("sshKeys.fieldKey"),
              publicKeyHint: t("sshKeys.fieldKeyHint"),
              submit: t("sshKeys.submit"),
              submitting: t("sshKeys.submitting"),
            }}
          />
        </Card>
      )}
    </div>
  );
}
