"use server";

import { z } from "zod";
import { managerClient, staffClient } from "@/lib/safe-action";
import { pool } from "@/lib/db/pg";
import { revenueByClinic, searchPatients, exportTable, overdueVaccinations, visitsForClinics } from "@/lib/reports";
import { requireGroupAdmin, requireStaff } from "@/lib/auth/kinde";

// ok: missing-auth, missing-input-validation
export const revenueReport = managerClient
  .inputSchema(z.object({ groupId: z.string(), from: z.string().date(), to: z.string().date(), sort: z.string().nullable() }))
  .action(async ({ parsedInput, ctx }) => {
    if (!ctx.staff.isGroupAdmin) throw new Error("Group admins only");
    return revenueByClinic(parsedInput.groupId, parsedInput.from, parsedInput.to, parsedInput.sort);
  });

// ok: missing-auth, missing-input-validation
export const patientSearch = staffClient
  .inputSchema(z.object({ term: z.string().min(2).max(50) }))
  .action(async ({ parsedInput, ctx }) => searchPatients(ctx.staff.clinicId, parsedInput.term));

// ok: missing-auth, missing-input-validation
export async function exportForAccountant(table: string) {
  const admin = await requireGroupAdmin();
  const t = z.string().parse(table);
  return exportTable(t, admin.clinicId);
}

// ok: missing-auth, missing-input-validation
export async function vaccinationsDue(days: number) {
  const me = await requireStaff();
  const d = z.number().int().min(1).max(365).parse(days);
  return overdueVaccinations(me.clinicId, d);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function appointmentsByStatus(status: string, sortDir: string) {
  const me = await requireStaff();
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT id, starts_at, status FROM appointments_flat WHERE clinic_id = $1 AND status = $2 ORDER BY starts_at ${sortDir}`, [me.clinicId, status]);
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function appointmentsSorted(sortDir: string) {
  const me = await requireStaff();
  const dir = sortDir === "asc" ? "ASC" : "DESC";
  // ok: sql-injection
  const { rows } = await pool.query(`SELECT id, starts_at, status FROM appointments_flat WHERE clinic_id = $1 ORDER BY starts_at ${dir}`, [me.clinicId]);
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function groupVisitCounts() {
  const admin = await requireGroupAdmin();
  const { rows } = await pool.query("SELECT id FROM clinics WHERE group_id = (SELECT group_id FROM clinics WHERE id = $1)", [admin.clinicId]);
  return visitsForClinics(rows.map((r: { id: string }) => r.id));
}

// ok: missing-input-validation
// todoruleid: missing-auth -- known gap (pass 36, D): a constant raw pg read is not seen as a private read
export async function clinicDailyTakings() {
  const { rows } = await pool.query("SELECT * FROM daily_takings WHERE day = current_date");
  // ruleid: excessive-data-exposure
  return rows;
}
