"use server";

import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { Patient } from "@/lib/models/Patient";
import { Staff } from "@/lib/models/Staff";
import { AuditEvent } from "@/lib/models/AuditEvent";
import { requireRole, getSession } from "@/lib/dal";
import { pool } from "@/lib/db/pg";
import { audit } from "@/lib/audit";
import { objectId } from "@/lib/validation/schemas";

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function impersonatePatient(patientId: string) {
  // ok: floating-auth-check
  await requireRole("admin");
  const id = objectId.parse(patientId);
  // ok: floating-auth-check
  const session = await getSession();
  session.userId = id;
  session.role = "patient";
  await session.save();
}

// ruleid: missing-auth, missing-audit-log
export async function purgeOldAuditEvents() {
  // ruleid: floating-auth-check
  requireRole("admin");
  await connectMongo();
  const cutoff = new Date(Date.now() - 365 * 864e5);
  const res = await AuditEvent.deleteMany({ createdAt: { $lt: cutoff } });
  return { deleted: res.deletedCount };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function bulkUpdatePatients(filter: Record<string, unknown>, update: Record<string, unknown>) {
  // ok: floating-auth-check
  await requireRole("admin");
  await connectMongo();
  // ruleid: mass-assignment
  const res = await Patient.updateMany(filter, update);
  await audit({ action: "admin.bulk_update", meta: { filter } });
  return { modified: res.modifiedCount };
}

// ruleid: missing-audit-log -- Mongoose $set of Staff permissions array past admin gate not seen as permission change
// ok: missing-auth, missing-input-validation
export async function setStaffPermissions(staffId: string, permissions: string[]) {
  // ok: floating-auth-check
  await requireRole("admin");
  const input = z.object({ staffId: objectId, permissions: z.array(z.enum(["billing", "exports", "rx", "labs"])) }).parse({ staffId, permissions });
  await connectMongo();
  // ok: missing-authorization
  await Staff.updateOne({ _id: input.staffId }, { $set: { permissions: input.permissions } });
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function updateInvoiceFields(invoiceId: string, fields: Record<string, string | number>) {
  // ok: floating-auth-check
  await requireRole("admin");
  const sets = Object.keys(fields).map((k, i) => `${k} = $${i + 2}`).join(", ");
  // ruleid: sql-injection // ruleid: mass-assignment -- fixed in pass 41 (C): SET clause built from Object.keys(client object) via map/join
  await pool.query(`UPDATE invoices SET ${sets} WHERE id = $1`, [invoiceId, ...Object.values(fields)]);
  await audit({ action: "admin.invoice_edit", target: invoiceId });
}

// ok: missing-auth, missing-input-validation
export async function voidInvoice(invoiceId: number) {
  // ok: floating-auth-check
  const admin = await requireRole("admin");
  const id = z.number().int().positive().parse(invoiceId);
  // ok: sql-injection, missing-authorization
  await pool.query("UPDATE invoices SET status = 'void' WHERE id = $1", [id]);
  await audit({ actorId: admin.userId, action: "admin.invoice_void", target: String(id) });
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function invoiceReport(status: string) {
  // ok: floating-auth-check
  await requireRole("admin");
  try {
    // ruleid: sql-injection
    const { rows } = await pool.query("SELECT id, amount_cents, created_at FROM invoices WHERE status = '" + status + "'");
    // ok: excessive-data-exposure
    return { rows };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: (err as Error).message };
  }
}

// ok: missing-auth, missing-input-validation
export async function invoiceReportSafe(status: string) {
  // ok: floating-auth-check
  await requireRole("admin");
  const s = z.enum(["open", "paid", "void"]).parse(status);
  try {
    // ok: sql-injection
    const { rows } = await pool.query("SELECT id, amount_cents, created_at FROM invoices WHERE status = $1", [s]);
    // ok: excessive-data-exposure
    return { rows };
  } catch (err) {
    console.error(err);
    // ok: information-disclosure
    return { error: "Report failed. Try again later." };
  }
}
