import type { DnsRecord } from "@/lib/dns/hostname";

export type DnsRecordsLabels = {
  intro: string;
  both: string;
  type: string;
  name: string;
  value: string;
};

/** The record(s) to create at the DNS provider; used on the server list and in the bind form. */
export function DnsRecords({
  records,
  labels,
  testId,
}: {
  records: DnsRecord[];
  labels: DnsRecordsLabels;
  testId?: string;
}) {
  return (
    <div className="space-y-1 text-sm" data-testid={testId}>
      <p>{records.length > 1 ? labels.both : labels.intro}</p>
      <table className="w-full text-left">
        <thead>
          <tr className="text-slate-600">
            <th scope="col" className="pr-3 font-medium">
              {labels.type}
            </th>
            <th scope="col" className="pr-3 font-medium">
              {labels.name}
            </th>
            <th scope="col" className="font-medium">
              {labels.value}
            </th>
          </tr>
        </thead>
        <tbody className="font-mono">
          {records.map((record) => (
            <tr key={record.type}>
              <td className="pr-3">{record.type}</td>
              <td className="pr-3 break-all">{record.name}</td>
              <td className="break-all">{record.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
