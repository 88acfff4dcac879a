import "server-only";
import { warehouse } from "@/lib/db/mysql";

type Line = { employeeRef: string; charityId: string; amountPence: number };

export async function mysqlInsertPayroll(partnerId: string, period: string, lines: Line[]) {
  if (lines.length === 0) return;
  const values = lines.map(() => "(?, ?, ?, ?, ?)").join(", ");
  const params = lines.flatMap((l) => [partnerId, period, l.employeeRef, l.charityId, l.amountPence]);
  // ok: sql-injection
  await warehouse.execute(`INSERT INTO payroll_gifts (partner_id, period, employee_ref, charity_ref, amount_pence) VALUES ${values}`, params);
}

export async function payrollTotals(partnerId: string, groupBy: string) {
  // ruleid: sql-injection
  const [rows] = await warehouse.query("SELECT " + groupBy + ", SUM(amount_pence) AS total FROM payroll_gifts WHERE partner_id = ? GROUP BY " + groupBy, [partnerId]);
  return rows;
}
