"use server";

import { z as z4 } from "zod/v4";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { prisma } from "@/lib/db";
import { db, satelliteScenes } from "@/lib/drizzle";
import { verifySession } from "@/lib/dal";
import { canManageField } from "@/lib/permissions";
import { coopActionClient } from "@/lib/safe-action";
import { withRole } from "@/lib/wrappers";

const Boundary = z4.object({
  type: z4.literal("Polygon"),
  coordinates: z4.array(z4.array(z4.tuple([z4.number().min(-180).max(180), z4.number().min(-90).max(90)])).min(4)),
});

// ok: missing-auth, missing-input-validation
export async function saveBoundary(fieldId: string, geojson: unknown) {
  const { userId } = await verifySession();
  const id = z4.cuid().parse(fieldId);
  const boundary = Boundary.parse(geojson);
  // ok: floating-auth-check
  const allowed = await canManageField(userId, id);
  if (!allowed) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.field.update({ where: { id }, data: { boundary } });
  return { ok: true };
}

const soilSchema = z.object({
  fieldId: z.string().cuid(),
  ph: z.number().min(0).max(14),
  nitrogen: z.number().min(0),
  labRef: z.string().max(40),
  takenAt: z.coerce.date(),
});

// ok: missing-auth, missing-input-validation
export const recordSoilTest = coopActionClient
  .metadata({ actionName: "soil.record" })
  .bindArgsSchemas([z.string().cuid()])
  .inputSchema(soilSchema)
  .action(async ({ parsedInput }) => {
    // The field is never checked against ctx.coopId.
    // ruleid: missing-authorization -- a parsed input written whole: its schema key fieldId names the tenant-scoped Field (fixed in pass 26)
    const test = await prisma.soilTest.create({ data: parsedInput, select: { id: true } });
    return { id: test.id };
  });

// ok: missing-auth, missing-input-validation
export async function getSatelliteScenes(fieldId: string) {
  await verifySession();
  const id = z.string().cuid().parse(fieldId);
  // ruleid: missing-authorization
  const scenes = await db.select().from(satelliteScenes).where(eq(satelliteScenes.fieldId, id));
  // ruleid: excessive-data-exposure
  return scenes;
}

// ok: missing-auth, missing-input-validation
export async function getLatestNdvi(coopId: string, fieldId: string) {
  const { userId } = await verifySession();
  const ids = z.object({ coopId: z.string().cuid(), fieldId: z.string().cuid() }).parse({ coopId, fieldId });
  const member = await prisma.membership.findFirst({ where: { userId, coopId: ids.coopId }, select: { id: true } });
  if (!member) throw new Error("Forbidden");
  // ok: missing-authorization
  const rows = await db
    .select({ capturedAt: satelliteScenes.capturedAt, ndvi: satelliteScenes.ndviMean, tileUrl: satelliteScenes.tileUrl })
    .from(satelliteScenes)
    .where(and(eq(satelliteScenes.fieldId, ids.fieldId), eq(satelliteScenes.coopId, ids.coopId)))
    .limit(1);
  // ok: excessive-data-exposure
  return rows[0] ?? null;
}

const cropPlanSchema = z.object({
  fieldId: z.string().cuid(),
  season: z.string().regex(/^20[0-9]{2}[AB]$/),
  crop: z.enum(["maize", "beans", "coffee", "sorghum", "cassava", "rice"]),
  variety: z.string().max(60),
  expectedYieldKg: z.number().int().positive(),
});

// ok: missing-auth, missing-input-validation
export const upsertCropPlan = withRole(["AGRONOMIST", "OWNER", "ADMIN"], async (ctx, raw: unknown) => {
  const plan = cropPlanSchema.parse(raw);
  const field = await prisma.field.findFirst({ where: { id: plan.fieldId, coopId: ctx.coopId }, select: { id: true } });
  if (!field) throw new Error("Unknown field");
  // ok: mass-assignment
  await prisma.cropPlan.create({ data: { ...plan, coopId: ctx.coopId } });
  return { ok: true };
});
