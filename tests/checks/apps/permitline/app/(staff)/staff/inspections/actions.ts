"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { and, eq } from "drizzle-orm";
import { prisma } from "@/lib/db/prisma";
import { db } from "@/lib/db/drizzle";
import { inspectionSlots } from "@/lib/db/schema";
import { withRole, withAudit, withMunicipality, withTenant } from "@/lib/wrappers";
import { sendSms } from "@/lib/sms";
import { logger } from "@/lib/logger";

const resultSchema = z.object({
  inspectionId: z.string().cuid(),
  result: z.enum(["PASS", "FAIL", "PARTIAL", "CANCELLED"]),
  notes: z.string().max(4000).optional(),
});

// ok: missing-auth, missing-input-validation
export const recordInspectionResult = withRole(["BUILDING_INSPECTOR", "FIRE_MARSHAL"], async (ctx, formData) => {
  const input = resultSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const updated = await prisma.inspection.updateMany({
    where: { id: input.inspectionId, municipalityId: ctx.municipalityId, inspectorId: ctx.userId },
    data: { result: input.result, notes: input.notes },
  });
  logger.info("inspection.resulted", { inspectionId: input.inspectionId, by: ctx.userId, result: input.result });
  revalidatePath("/staff/inspections");
  return { updated: updated.count };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const reassignInspector = withAudit("inspection.reassign", ["DEPARTMENT_HEAD"], async (ctx, formData) => {
  const { inspectionId, inspectorId } = z
    .object({ inspectionId: z.string().cuid(), inspectorId: z.string().cuid() })
    .parse({ inspectionId: formData.get("inspectionId"), inspectorId: formData.get("inspectorId") });
  // ok: missing-authorization
  await prisma.inspection.updateMany({ where: { id: inspectionId, municipalityId: ctx.municipalityId }, data: { inspectorId } });
});

// ok: missing-auth
// ruleid: missing-input-validation
export const openInspectionSlots = withRole(["DEPARTMENT_HEAD", "BUILDING_INSPECTOR"], async (ctx, formData) => {
  const startsAt = new Date(String(formData.get("startsAt")));
  const capacity = Number(formData.get("capacity"));
  await db.insert(inspectionSlots).values({
    municipalityId: ctx.municipalityId,
    inspectorId: String(formData.get("inspectorId") ?? ctx.userId),
    startsAt,
    capacity,
  });
});

// ok: missing-auth, missing-input-validation
export const listMySlots = withMunicipality(async (ctx) => {
  const slots = await db
    .select({ id: inspectionSlots.id, startsAt: inspectionSlots.startsAt, booked: inspectionSlots.booked })
    .from(inspectionSlots)
    .where(and(eq(inspectionSlots.municipalityId, ctx.municipalityId), eq(inspectionSlots.inspectorId, ctx.userId)));
  // ok: excessive-data-exposure
  return slots;
});

// Lobby display: today's inspections for the municipality, shown on the screen at the counter.
// ruleid: missing-auth
// ok: missing-input-validation
export const todaysInspectionBoard = withTenant(async (tenant) => {
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  const rows = await prisma.inspection.findMany({
    where: { municipalityId: tenant.municipalityId, scheduledFor: { gte: start } },
  });
  // ruleid: excessive-data-exposure
  return rows;
});

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const textContractorEta = withRole(["BUILDING_INSPECTOR", "FIRE_MARSHAL"], async (ctx, formData) => {
  const { inspectionId, minutes } = z
    .object({ inspectionId: z.string().cuid(), minutes: z.coerce.number().int().min(5).max(240) })
    .parse(Object.fromEntries(formData));
  const insp = await prisma.inspection.findFirst({
    where: { id: inspectionId, municipalityId: ctx.municipalityId },
    select: { requestedById: true },
  });
  if (!insp) throw new Error("Not found");
  const requester = await prisma.user.findUnique({ where: { id: insp.requestedById }, select: { phone: true } });
  if (requester?.phone) await sendSms(requester.phone, `Your inspector is about ${minutes} minutes away.`);
});
