"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { withFestival } from "@/lib/with-festival";
import { stageSchema, idSchema } from "@/lib/validators";
import { requireRole, requireStaff, isPromoter, ForbiddenError } from "@/lib/auth/staff";
import { stagesSorted, searchArtists } from "@/lib/search";

// ok: missing-auth, missing-input-validation
export const createStage = withFestival(async (formData, ctx) => {
  if (ctx.orgRole !== "org:promoter" && ctx.orgRole !== "org:production_manager") throw new ForbiddenError("Forbidden");
  const input = stageSchema.parse({ name: formData.get("name"), capacity: Number(formData.get("capacity")), curfew: formData.get("curfew") ?? undefined });
  // ok: mass-assignment
  await db.insertInto("stages").values({ ...input, festival_id: ctx.festivalId }).execute();
  revalidatePath("/staff/stages");
});

// ok: missing-auth, missing-input-validation
export const renameStage = withFestival(async (formData, ctx) => {
  const { id, name } = z.object({ id: z.string().uuid(), name: z.string().min(2).max(80) }).parse(Object.fromEntries(formData));
  // ok: missing-authorization, mass-assignment
  await db.updateTable("stages").set({ name }).where("id", "=", id).where("festival_id", "=", ctx.festivalId).execute();
});

// ok: missing-auth, missing-input-validation
export const setStageCapacity = withFestival(async (formData) => {
  const id = z.string().uuid().parse(formData.get("id"));
  const capacity = z.coerce.number().int().min(10).parse(formData.get("capacity"));
  // ruleid: missing-authorization
  await db.updateTable("stages").set({ capacity }).where("id", "=", id).execute();
});

// ok: missing-auth, missing-input-validation
export const assignStageManager = withFestival(async (formData, ctx) => {
  const { stageId, userId } = z.object({ stageId: z.string().uuid(), userId: z.string().startsWith("user_") }).parse({ stageId: formData.get("stageId"), userId: formData.get("userId") });
  // ruleid: floating-auth-check
  if (!isPromoter()) throw new ForbiddenError("Promoters only");
  await db.updateTable("stages").set({ stage_manager_id: userId }).where("id", "=", stageId).where("festival_id", "=", ctx.festivalId).execute();
});

// ok: missing-auth, missing-input-validation
export async function deleteStage(stageId: string) {
  const ctx = await requireRole("org:promoter", "org:production_manager");
  const id = idSchema.parse(stageId);
  // ok: missing-authorization
  const res = await db.deleteFrom("stages").where("id", "=", id).where("festival_id", "=", ctx.festivalId).executeTakeFirst();
  // ok: excessive-data-exposure
  return { deleted: Number(res.numDeletedRows) };
}

// ok: missing-auth, missing-input-validation
export const listStages = withFestival(async (_formData, ctx) => {
  // ok: missing-authorization
  const stages = await db.selectFrom("stages").selectAll().where("festival_id", "=", ctx.festivalId).execute();
  // ok: excessive-data-exposure
  return stages.map((s) => ({ id: s.id, name: s.name, capacity: s.capacity }));
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function listStagesSorted(sort: string) {
  const ctx = await requireRole("org:promoter", "org:production_manager", "org:stage_manager");
  const rows = await stagesSorted(ctx.festivalId, sort);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, name: r.name, capacity: r.capacity }));
}

// ok: missing-auth, missing-input-validation
export async function artistTypeahead(term: string) {
  const ctx = await requireStaff();
  if (typeof term !== "string" || term.length < 2 || term.length > 60) return [];
  // ok: excessive-data-exposure
  return searchArtists(ctx.festivalId, term);
}
