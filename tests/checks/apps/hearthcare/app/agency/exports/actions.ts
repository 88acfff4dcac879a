"use server";

import { z } from "zod";
import { legacyAuthClient } from "@/lib/safe-action-legacy";
import { prisma } from "@/lib/db/prisma";
import { reportsPool } from "@/lib/db/reports";
import { auditLog } from "@/lib/audit";

const ADMIN_ROLES = new Set(["OWNER", "ADMIN"]);

// ok: missing-auth, missing-input-validation, missing-audit-log
export const exportIncidents = legacyAuthClient
  .schema(z.object({ agencyId: z.string(), year: z.number().int().min(2015).max(2100) }))
  .action(async ({ parsedInput, ctx }) => {
    const m = await prisma.membership.findFirst({ where: { userId: ctx.userId, agencyId: parsedInput.agencyId }, select: { role: true } });
    if (!m || !ADMIN_ROLES.has(m.role)) throw new Error("Admins only");
    // ok: missing-authorization, sql-injection
    const { rows } = await reportsPool.query("SELECT id, severity, status, created_at FROM incident_facts WHERE agency_id = $1 AND extract(year FROM created_at) = $2", [parsedInput.agencyId, parsedInput.year]);
    await auditLog({ agencyId: parsedInput.agencyId, actorId: ctx.userId, action: "incidents.exported" });
    // ok: excessive-data-exposure
    return rows.map((r) => ({ id: r.id, severity: r.severity, status: r.status, createdAt: r.created_at }));
  });

// ok: missing-auth, missing-input-validation
export const exportVisitNotes = legacyAuthClient
  .schema(z.object({ agencyId: z.string(), clientId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    const m = await prisma.membership.findFirst({ where: { userId: ctx.userId, agencyId: parsedInput.agencyId }, select: { id: true } });
    if (!m) throw new Error("Forbidden");
    // ok: missing-authorization
    const notes = await prisma.visitNote.findMany({ where: { agencyId: parsedInput.agencyId, clientId: parsedInput.clientId }, select: { id: true, body: true, createdAt: true } });
    // ok: excessive-data-exposure
    return notes;
  });

// ok: missing-auth, missing-input-validation
export const exportCaregiverRoster = legacyAuthClient
  .schema(z.object({ agencyId: z.string() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    const rows = await prisma.caregiver.findMany({ where: { agencyId: parsedInput.agencyId }, select: { fullName: true, phone: true, hourlyRate: true } });
    // ok: excessive-data-exposure
    return rows;
  });
