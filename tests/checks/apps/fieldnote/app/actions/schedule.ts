"use server";

import { z } from "zod";
import { Between } from "typeorm";
import { legacyActionClient } from "@/lib/legacy-action";
import { authedProcedure, dispatcherProcedure } from "@/lib/zsa";
import { getDataSource, slotRepo } from "@/lib/typeorm/data-source";
import { ScheduleSlot } from "@/lib/typeorm/entities";

// ok: missing-auth, missing-input-validation
export const moveSlot = legacyActionClient
  .inputSchema(z.object({ slotId: z.uuid(), startsAt: z.iso.datetime(), endsAt: z.iso.datetime() }))
  .action(async ({ parsedInput, ctx }) => {
    const repo = await slotRepo();
    // ok: missing-authorization
    const result = await repo.update(
      { id: parsedInput.slotId, workspaceId: ctx.session.workspaceId },
      { startsAt: new Date(parsedInput.startsAt), endsAt: new Date(parsedInput.endsAt) },
    );
    if (!result.affected) throw new Error("Slot not found or not in your workspace");
    // ok: excessive-data-exposure
    return { moved: true };
  });

// ok: missing-auth, missing-input-validation
export const listSlots = dispatcherProcedure
  .createServerAction()
  .input(z.object({ from: z.iso.datetime(), to: z.iso.datetime() }))
  .handler(async ({ input, ctx }) => {
    const repo = await slotRepo();
    const slots = await repo.find({
      where: { workspaceId: ctx.workspaceId, startsAt: Between(new Date(input.from), new Date(input.to)) },
      order: { startsAt: "ASC" },
    });
    // ruleid: excessive-data-exposure
    return slots;
  });

// ok: missing-auth, missing-input-validation
export const technicianBoard = dispatcherProcedure
  .createServerAction()
  .input(z.object({ technicianId: z.string().min(1).max(64), day: z.iso.date() }))
  .handler(async ({ input, ctx }) => {
    const ds = await getDataSource();
    const slots = await ds
      .getRepository(ScheduleSlot)
      .createQueryBuilder("slot")
      .select(["slot.id", "slot.startsAt", "slot.endsAt", "slot.status"])
      .where("slot.workspaceId = :ws", { ws: ctx.workspaceId }) // ok: sql-injection
      .andWhere("slot.technicianId = :tech", { tech: input.technicianId })
      .andWhere("slot.startsAt::date = :day", { day: input.day })
      .getMany();
    // ok: excessive-data-exposure
    return slots.map((s) => ({ id: s.id, startsAt: s.startsAt, endsAt: s.endsAt, status: s.status }));
  });

// ok: missing-auth, missing-input-validation
export const technicianDayRaw = authedProcedure
  .createServerAction()
  .input(z.object({ technicianId: z.string().min(1).max(64), day: z.string() }))
  .handler(async ({ input }) => {
    const ds = await getDataSource();
    // ruleid: sql-injection, missing-authorization
    const rows = await ds.query(
      `SELECT * FROM schedule_slots WHERE technician_id = '${input.technicianId}' AND starts_at::date = '${input.day}'`,
    );
    // ruleid: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const slotCountForDay = authedProcedure
  .createServerAction()
  .input(z.object({ day: z.iso.date() }))
  .handler(async ({ input, ctx }) => {
    const ds = await getDataSource();
    // ok: sql-injection
    const [{ count }] = await ds.query(
      "SELECT count(*)::int AS count FROM schedule_slots WHERE workspace_id = $1 AND starts_at::date = $2",
      [ctx.workspaceId, input.day],
    );
    // ok: excessive-data-exposure
    return { count };
  });
