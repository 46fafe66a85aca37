import type { Invoice } from "../state/types";
import { day, grossCents, historyInvoice, line, paymentOf, refundOf } from "./history-builder";

/** Months of invoices for the international clients (531–534) and the ten-invoice account (541). */
export function historyInvoices(): Invoice[] {
  return [...turkish(), ...cyrillic(), ...arabic(), ...korean(), ...tenInvoices()];
}

function turkish(): Invoice[] {
  const rate = "20.000";
  const jul = [
    line(531011, "Hosting", 7301, "Bulut sunucu – Kurumsal paket (Temmuz 2026)", 150000),
  ];
  const sep = [line(531021, "Hosting", 7301, "Bulut sunucu – Kurumsal paket (Eylül 2026)", 150000)];
  const nov = [
    line(531031, "Hosting", 7301, "Bulut sunucu – Kurumsal paket (Kasım 2026)", 150000),
    line(531032, "Addon", 7302, "Ek IPv4 adresi × 2", 24000),
  ];
  const julPaid = paymentOf(
    53101,
    "stripe",
    "2026-07-02 11:20:00",
    "ch_tr_53101",
    grossCents(jul, rate) - 10000,
    540,
  );
  const sepPaid = paymentOf(
    53102,
    "stripe",
    "2026-09-01 08:05:00",
    "ch_tr_53102",
    grossCents(sep, rate),
    540,
  );
  return [
    historyInvoice({
      id: 53101,
      clientId: 531,
      status: "Paid",
      date: "2026-07-01",
      duedate: "2026-07-08",
      taxrate: rate,
      paymentmethod: "stripe",
      items: jul,
      invoicenum: "TR-2026-0007",
      creditCents: 10000,
      datepaid: julPaid.date,
      transactions: [julPaid],
      notes: "Kredi bakiyesinden ₺100,00 uygulandı.",
    }),
    historyInvoice({
      id: 53102,
      clientId: 531,
      status: "Refunded",
      date: "2026-09-01",
      duedate: "2026-09-08",
      taxrate: rate,
      paymentmethod: "stripe",
      items: sep,
      invoicenum: "TR-2026-0009",
      datepaid: sepPaid.date,
      dateRefunded: "2026-09-04 15:00:00",
      transactions: [sepPaid, refundOf(53103, sepPaid, "2026-09-04 15:00:00")],
    }),
    historyInvoice({
      id: 53103,
      clientId: 531,
      status: "Unpaid",
      date: "2026-11-01",
      duedate: "2026-11-15",
      taxrate: rate,
      paymentmethod: "stripe",
      items: nov,
      invoicenum: "TR-2026-0011",
    }),
  ];
}

function cyrillic(): Invoice[] {
  const rate = "18.000";
  const aug = [
    line(532011, "Hosting", 7401, "Cloud hosting — Business plan (August 2026)", 249900),
  ];
  const oct = [
    line(532021, "Hosting", 7401, "Cloud hosting — Business plan (October 2026)", 249900),
  ];
  const nov = [
    line(532031, "Hosting", 7401, "Cloud hosting — Business plan (November 2026)", 249900),
    line(532032, "Addon", 7402, "Managed backups 100 GB", 79900),
  ];
  const augPaid = paymentOf(
    53201,
    "stripe",
    "2026-08-01 10:00:00",
    "ch_in_53201",
    grossCents(aug, rate),
    1200,
  );
  return [
    historyInvoice({
      id: 53201,
      clientId: 532,
      status: "Paid",
      date: "2026-08-01",
      duedate: "2026-08-08",
      taxrate: rate,
      paymentmethod: "stripe",
      items: aug,
      invoicenum: "IN/26-27/0142",
      datepaid: augPaid.date,
      transactions: [augPaid],
    }),
    historyInvoice({
      id: 53202,
      clientId: 532,
      status: "Cancelled",
      date: "2026-10-01",
      duedate: "2026-10-08",
      taxrate: rate,
      paymentmethod: "stripe",
      items: oct,
      invoicenum: "IN/26-27/0188",
      dateCancelled: "2026-10-03 09:00:00",
    }),
    historyInvoice({
      // Partly paid: balance due is less than the total.
      id: 53203,
      clientId: 532,
      status: "Unpaid",
      date: "2026-11-01",
      duedate: "2026-11-15",
      taxrate: rate,
      paymentmethod: "banktransfer",
      items: nov,
      invoicenum: "IN/26-27/0203",
      transactions: [paymentOf(53202, "banktransfer", "2026-11-05 12:30:00", "NEFT-88412", 200000)],
    }),
  ];
}

function arabic(): Invoice[] {
  const rate = "10.000";
  const sep = [
    line(533011, "Hosting", 7501, "استضافة سحابية – الباقة المتقدمة (سبتمبر 2026)", 35000000),
  ];
  const nov = [
    line(533021, "Hosting", 7501, "استضافة سحابية – الباقة المتقدمة (نوفمبر 2026)", 35000000),
    line(533022, "Addon", 7502, "שירות גיבוי – Backup service", 5000000, false),
  ];
  const sepPaid = paymentOf(
    53301,
    "paypalcheckout",
    "2026-09-03 14:00:00",
    "9KR53301PAY",
    grossCents(sep, rate),
  );
  return [
    historyInvoice({
      id: 53301,
      clientId: 533,
      status: "Paid",
      date: "2026-09-01",
      duedate: "2026-09-08",
      taxrate: rate,
      paymentmethod: "paypalcheckout",
      items: sep,
      invoicenum: "AE-0901",
      datepaid: sepPaid.date,
      transactions: [sepPaid],
    }),
    historyInvoice({
      id: 53302,
      clientId: 533,
      status: "Unpaid",
      date: "2026-11-01",
      duedate: "2026-11-15",
      taxrate: rate,
      paymentmethod: "paypalcheckout",
      items: nov,
      invoicenum: "AE-1101",
      notes: "يرجى الدفع قبل تاريخ الاستحقاق. תודה!",
    }),
  ];
}

function korean(): Invoice[] {
  const rate = "10.000";
  const oct = [line(534011, "Hosting", 7601, "Cloud hosting – Starter (October 2026)", 4500000)];
  const octPaid = paymentOf(
    53401,
    "stripe",
    "2026-10-01 09:00:00",
    "ch_kr_53401",
    grossCents(oct, rate),
  );
  return [
    historyInvoice({
      id: 53401,
      clientId: 534,
      status: "Paid",
      date: "2026-10-01",
      duedate: "2026-10-08",
      taxrate: rate,
      paymentmethod: "stripe",
      items: oct,
      invoicenum: "KR-2026-10",
      datepaid: octPaid.date,
      transactions: [octPaid],
    }),
  ];
}

/** Ten monthly invoices, February to November 2026: eight paid, one cancelled, the newest unpaid. */
function tenInvoices(): Invoice[] {
  const rate = "19.000";
  return Array.from({ length: 10 }, (_, n) => {
    const id = 41001 + n;
    const date = `2026-${String(2 + n).padStart(2, "0")}-01`;
    const items = [
      line(id * 10, "Hosting", 7701, `Cloud hosting — Team plan (${date.slice(0, 7)})`, 4900),
    ];
    const base = {
      id,
      clientId: 541,
      date,
      duedate: day(date, 14),
      taxrate: rate,
      paymentmethod: "stripe",
      items,
      invoicenum: `TEN-${id}`,
    };
    if (n === 9) return historyInvoice({ ...base, status: "Unpaid" });
    if (n === 4)
      return historyInvoice({
        ...base,
        status: "Cancelled",
        dateCancelled: `${day(date, 2)} 09:00:00`,
      });
    const paid = paymentOf(
      id * 10,
      "stripe",
      `${date} 08:00:00`,
      `ch_ten_${id}`,
      grossCents(items, rate),
      150,
    );
    return historyInvoice({ ...base, status: "Paid", datepaid: paid.date, transactions: [paid] });
  });
}
