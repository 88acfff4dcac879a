"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { requireRole } from "@/lib/guards";
import { withContractor, withRole } from "@/lib/wrappers";
import { id } from "@/lib/validation";

const IncidentSchema = z.object({
  projectId: z.string().cuid(),
  occurredAt: z.coerce.date(),
  description: z.string().min(10).max(10_000),
  severity: z.enum(["near_miss", "first_aid", "recordable", "lost_time"]),
  injuredWorkerId: z.string().cuid().optional(),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const reportIncident = withContractor("incident.reported", async (ctx, input: z.input<typeof IncidentSchema>) => {
  const data = IncidentSchema.parse(input);
  const project = await prisma.project.findFirst({ where: { id: data.projectId, tenantId: ctx.tenantId }, select: { id: true } });
  if (!project) throw new Error("Project not found");
  const incident = await prisma.safetyIncident.create({
    // ok: mass-assignment, missing-authorization
    data: { ...data, tenantId: ctx.tenantId, reportedById: ctx.userId, oshaRecordable: data.severity !== "near_miss" && data.severity !== "first_aid" },
    select: { id: true },
  });
  // ok: excessive-data-exposure
  return incident;
});

// Incident detail drawer.
// ok: missing-auth, missing-input-validation
export async function getIncident(incidentId: string) {
  const session = await verifySession();
  const iid = id.parse(incidentId);
  // ok: missing-authorization
  const incident = await prisma.safetyIncident.findFirst({ where: { id: iid, tenantId: session.tenantId } });
  // ruleid: excessive-data-exposure
  return incident;
}

// ok: missing-auth, missing-input-validation
export const updateMedicalNotes = withRole(["SAFETY_OFFICER", "OWNER"], async (ctx, incidentId: string, notes: string) => {
  const input = z.object({ incidentId: z.string().cuid(), notes: z.string().max(20_000) }).parse({ incidentId, notes });
  // ok: missing-authorization
  await prisma.safetyIncident.updateMany({
    where: { id: input.incidentId, tenantId: ctx.tenantId },
    data: { medicalNotes: input.notes },
  });
});

// ok: missing-auth, missing-input-validation
export async function incidentSummary(projectId: string) {
  const session = await requireRole(["SAFETY_OFFICER", "OWNER", "PROJECT_EXECUTIVE", "SUPERINTENDENT"]);
  const pid = id.parse(projectId);
  // ok: missing-authorization
  const rows = await prisma.safetyIncident.groupBy({
    by: ["severity"],
    where: { projectId: pid, tenantId: session.tenantId },
    _count: { _all: true },
  });
  // ok: excessive-data-exposure
  return rows.map((r) => ({ severity: r.severity, count: r._count._all }));
}
