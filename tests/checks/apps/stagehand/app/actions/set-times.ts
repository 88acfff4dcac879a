"use server";

import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { staffProcedure } from "@/lib/zsa";
import { setTimeSchema } from "@/lib/validators";
import { isStageManagerOf } from "@/lib/auth/staff";

// ok: missing-auth, missing-input-validation
export const scheduleSet = staffProcedure
  .createServerAction()
  .input(setTimeSchema)
  .handler(async ({ input, ctx }) => {
    if (!(await isStageManagerOf(input.stageId))) throw new Error("Not your stage");
    const festival = await db.selectFrom("festivals").select("id").where("org_id", "=", ctx.orgId).executeTakeFirstOrThrow();
    // ok: mass-assignment // ruleid: missing-authorization
    const row = await db.insertInto("set_times").values({ festival_id: festival.id, stage_id: input.stageId, artist_id: input.artistId, starts_at: input.startsAt, ends_at: input.endsAt, notes: input.notes ?? null, public: false }).returning("id").executeTakeFirstOrThrow();
    // ok: excessive-data-exposure
    return { id: row.id };
  });

// ok: missing-auth, missing-input-validation
export const moveSetTime = staffProcedure
  .createServerAction()
  .input(setTimeSchema.extend({ id: z.string().uuid() }))
  .handler(async ({ input }) => {
    // ok: floating-auth-check
    const allowed = await isStageManagerOf(input.stageId);
    if (!allowed) throw new Error("Not your stage");
    // ok: missing-authorization
    await db.updateTable("set_times").set({ starts_at: input.startsAt, ends_at: input.endsAt, notes: input.notes ?? null }).where("id", "=", input.id).where("stage_id", "=", input.stageId).execute();
  });

// ok: missing-auth, missing-input-validation
export const cancelSetTime = staffProcedure
  .createServerAction()
  .input(z.object({ id: z.string().uuid(), stageId: z.string().uuid() }))
  .handler(async ({ input }) => {
    // ruleid: floating-auth-check
    if (!isStageManagerOf(input.stageId)) throw new Error("Not your stage");
    // ruleid: missing-authorization
    await db.deleteFrom("set_times").where("id", "=", input.id).execute();
  });

// ok: missing-auth, missing-input-validation
export const addChangeoverNote = staffProcedure
  .createServerAction()
  .input(z.object({ id: z.string().uuid(), stageId: z.string().uuid(), note: z.string().max(2000) }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await db.updateTable("set_times").set({ changeover_notes: input.note }).where("id", "=", input.id).execute();
    if (!(await isStageManagerOf(input.stageId))) throw new Error("Not your stage");
  });

// ok: missing-auth, missing-input-validation
export const stageSchedule = staffProcedure
  .createServerAction()
  .input(z.object({ stageId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const rows = await db.selectFrom("set_times").innerJoin("festivals", "festivals.id", "set_times.festival_id").selectAll("set_times").where("set_times.stage_id", "=", input.stageId).where("festivals.org_id", "=", ctx.orgId).orderBy("set_times.starts_at").execute();
    // ruleid: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const publishSetTimes = staffProcedure
  .createServerAction()
  .input(z.object({ stageId: z.string().uuid() }))
  .handler(async ({ input }) => {
    // ok: floating-auth-check
    if (!(await isStageManagerOf(input.stageId))) throw new Error("Not your stage");
    // ok: missing-authorization
    const res = await db.updateTable("set_times").set({ public: true }).where("stage_id", "=", input.stageId).executeTakeFirst();
    // ok: excessive-data-exposure
    return { published: Number(res.numUpdatedRows) };
  });
