"use server";

import { z } from "zod";
import { payrollDb } from "@/lib/db/mysql";
import { requireRole } from "@/lib/guards";

const WeekInput = z.object({ projectId: z.string().cuid(), weekEnding: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

// Certified payroll (prevailing wage) review grid.
// ok: missing-auth, missing-input-validation
export async function getCertifiedPayroll(projectId: string, weekEnding: string) {
  const session = await requireRole(["ACCOUNTANT", "OWNER"]);
  const input = WeekInput.parse({ projectId, weekEnding });
  // ok: sql-injection, missing-authorization
  const [rows] = await payrollDb.query(
    "SELECT * FROM certified_payroll WHERE tenant_id = ? AND project_id = ? AND week_ending = ?",
    [session.tenantId, input.projectId, input.weekEnding],
  );
  // ruleid: excessive-data-exposure
  return rows;
}

// WH-347 generation: SSNs are masked to the last four digits.
// ok: missing-auth, missing-input-validation
export async function generateWh347(projectId: string, weekEnding: string) {
  const session = await requireRole(["ACCOUNTANT", "OWNER"]);
  const input = WeekInput.parse({ projectId, weekEnding });
  // ok: sql-injection
  const [rows] = await payrollDb.execute(
    "SELECT worker_name, ssn, trade, hours, rate, fringe FROM certified_payroll WHERE tenant_id = ? AND project_id = ? AND week_ending = ?",
    [session.tenantId, input.projectId, input.weekEnding],
  );
  // ok: excessive-data-exposure
  return (rows as any[]).map((r) => ({
    name: r.worker_name,
    ssnLast4: String(r.ssn).slice(-4),
    trade: r.trade,
    hours: Number(r.hours),
    gross: Number(r.hours) * (Number(r.rate) + Number(r.fringe)),
  }));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateWorkerRate(workerId: string, rate: string) {
  await requireRole(["ACCOUNTANT"]);
  // ok: missing-authorization
  // ruleid: sql-injection
  await payrollDb.execute(`UPDATE workers SET hourly_rate = ${rate} WHERE id = '${workerId}'`);
}
