"use server";

import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { withFestival } from "@/lib/with-festival";
import { incidentSchema } from "@/lib/validators";
import { getStaffOrNull, requireRole, isStageManagerOf } from "@/lib/auth/staff";
import { textStageCrew } from "@/lib/notify";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export const reportIncident = withFestival(async (formData, ctx) => {
  const input = incidentSchema.parse({ stageId: formData.get("stageId"), severity: formData.get("severity"), description: formData.get("description") });
  // ok: mass-assignment // ruleid: missing-authorization
  const row = await db.insertInto("incidents").values({ festival_id: ctx.festivalId, stage_id: input.stageId, severity: input.severity, description: input.description, reported_by: ctx.userId, resolved: false }).returning("id").executeTakeFirstOrThrow();
  logger.info({ incident: row.id, severity: input.severity }, "incident reported");
  // ok: excessive-data-exposure
  return { id: row.id };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const updateIncident = withFestival(async (formData, ctx) => {
  const id = String(formData.get("id"));
  const patch = Object.fromEntries(formData) as Record<string, string>;
  delete patch.id;
  // ruleid: mass-assignment
  await db.updateTable("incidents").set(patch).where("id", "=", id).where("festival_id", "=", ctx.festivalId).execute();
});

// ok: missing-auth, missing-input-validation
export async function resolveIncident(incidentId: string) {
  const ctx = await requireRole("org:promoter", "org:production_manager", "org:stage_manager");
  const id = z.string().uuid().parse(incidentId);
  // ok: missing-authorization
  await db.updateTable("incidents").set({ resolved: true }).where("id", "=", id).where("festival_id", "=", ctx.festivalId).execute();
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function openIncidents() {
  const staff = await getStaffOrNull();
  const festival = await db.selectFrom("festivals").select("id").where("org_id", "=", staff?.orgId ?? "").executeTakeFirst();
  const rows = await db.selectFrom("incidents").select(["id", "severity", "description", "stage_id"]).where("festival_id", "=", festival?.id ?? "").where("resolved", "=", false).execute();
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const pageStageCrew = withFestival(async (formData, ctx) => {
  const { message } = z.object({ message: z.string().min(3).max(300) }).parse({ message: formData.get("message") });
  const crew = await db.selectFrom("staff_profiles").select(["phone"]).where("festival_id", "=", ctx.festivalId).where("phone", "is not", null).execute();
  for (const member of crew) await textStageCrew(member.phone!, message);
});

// ok: missing-auth, missing-input-validation
export const escalateIncident = withFestival(async (formData, ctx) => {
  const { id, stageId } = z.object({ id: z.string().uuid(), stageId: z.string().uuid() }).parse({ id: formData.get("id"), stageId: formData.get("stageId") });
  // ruleid: floating-auth-check
  if (ctx.orgRole !== "org:promoter" && !isStageManagerOf(stageId)) throw new Error("Not your stage");
  // ok: missing-authorization
  await db.updateTable("incidents").set({ severity: "high" }).where("id", "=", id).where("festival_id", "=", ctx.festivalId).execute();
});
