import type { InstalledCertificate } from "@/lib/data/environment-ssl";
import { formatDate } from "@/lib/i18n/format";

export type CertificateDetailsLabels = {
  subject: string;
  domains: string;
  issuer: string;
  expires: string;
  unknown: string;
};

export function CertificateDetails({
  certificate,
  labels,
  locale,
}: {
  certificate: InstalledCertificate;
  labels: CertificateDetailsLabels;
  locale: string;
}) {
  const rows: [string, string, string][] = [
    ["subject", labels.subject, certificate.commonName ?? labels.unknown],
    ["domains", labels.domains, certificate.domains.join(", ") || labels.unknown],
    ["issuer", labels.issuer, certificate.issuedBy ?? labels.unknown],
    [
      "expires",
      labels.expires,
      certificate.expiresAt ? formatDate(new Date(certificate.expiresAt), locale) : labels.unknown,
    ],
  ];
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {rows.map(([key, label, value]) => (
        <div key={key} className="contents">
          <dt className="font-medium text-slate-700">{label}</dt>
          <dd className="break-all" data-testid={`certificate-${key}`}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
