"use server";

import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { Patient } from "@/lib/models/Patient";
import { AuditEvent } from "@/lib/models/AuditEvent";
import { adminActionClient } from "@/lib/safe-action";
import { requireRole } from "@/lib/dal";
import { clinicianStats } from "@/lib/billing/queries";

function toCsv(rows: Record<string, unknown>[]) {
  if (rows.length === 0) return "";
  const cols = Object.keys(rows[0]);
  const esc = (v: unknown) => `"${String(v ?? "").replaceAll('"', '""')}"`;
  return [cols.join(","), ...rows.map((r) => cols.map((c) => esc(r[c])).join(","))].join("\n");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const exportPatientList = adminActionClient
  .metadata({ actionName: "exportPatientList" })
  .inputSchema(z.object({ status: z.enum(["active", "archived"]).default("active") }))
  .action(async ({ parsedInput }) => {
    await connectMongo();
    const patients = await Patient.find({ status: parsedInput.status })
      .select("firstName lastName dateOfBirth phone email")
      .lean();
    // ok: excessive-data-exposure
    return toCsv(patients.map((p) => ({ first: p.firstName, last: p.lastName, dob: p.dateOfBirth.toISOString().slice(0, 10), phone: p.phone, email: p.email ?? "" })));
  });

// ruleid: missing-input-validation
// ok: missing-auth
export async function exportClinicianStats(clinicianId: string, from: string, to: string) {
  // ok: floating-auth-check
  await requireRole("admin");
  const rows = await clinicianStats(clinicianId, from, to);
  // ok: excessive-data-exposure
  return toCsv(rows);
}

// ok: missing-auth, missing-input-validation
export const recentAuditEvents = adminActionClient
  .metadata({ actionName: "recentAuditEvents" })
  .inputSchema(z.object({ limit: z.number().int().min(1).max(500).default(100) }))
  .action(async ({ parsedInput }) => {
    await connectMongo();
    const events = await AuditEvent.find().sort({ createdAt: -1 }).limit(parsedInput.limit).select("actorId actorRole action target createdAt").lean();
    // ok: excessive-data-exposure
    return events.map((e) => ({ id: String(e._id), actor: e.actorId, role: e.actorRole, action: e.action, target: e.target, at: e.createdAt }));
  });
