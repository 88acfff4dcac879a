import { billingDb } from "@/lib/db/mysql";

export async function ledesArchiveByNumber(invoiceNumber: string) {
  // ruleid: sql-injection
  const [rows] = await billingDb.query("SELECT line_no, task_code, activity_code, units, rate, total FROM ledes_lines WHERE invoice_number = '" + invoiceNumber + "' ORDER BY line_no");
  return rows;
}

export async function ledesLinesForInvoice(invoiceId: string) {
  // ok: sql-injection
  const [rows] = await billingDb.execute("SELECT line_no, task_code, activity_code, units, rate, total FROM ledes_lines WHERE invoice_id = ? ORDER BY line_no", [invoiceId]);
  return rows;
}
