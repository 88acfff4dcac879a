"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { kdb } from "@/lib/db/kysely";
import { technicianProcedure, kioskProcedure } from "@/lib/zsa";
import { sql } from "@/lib/db/postgres";

export const logInspection = technicianProcedure
  .createServerAction()
  .input(z.object({ machineId: z.string().cuid(), notes: z.string().min(3).max(4000), passed: z.boolean() }))
  // ok: missing-auth, missing-input-validation
  .handler(async ({ input, ctx }) => {
    const machine = await prisma.machine.findFirst({
      // ok: missing-authorization
      where: { id: input.machineId, companyId: ctx.companyId },
      select: { id: true },
    });
    if (!machine) throw new Error("Not your fleet");
    await prisma.inspection.create({
      // ok: mass-assignment
      data: { ...input, technicianId: ctx.userId },
    });
    await prisma.machine.update({ where: { id: machine.id }, data: { status: input.passed ? "available" : "maintenance" } });
  });

export const recordInspectionFor = technicianProcedure
  .createServerAction()
  .input(z.object({ machineId: z.string().cuid(), technicianId: z.string().cuid(), notes: z.string(), passed: z.boolean() }))
  // ok: missing-auth, missing-input-validation
  .handler(async ({ input, ctx }) => {
    const machine = await prisma.machine.findFirst({ where: { id: input.machineId, companyId: ctx.companyId }, select: { id: true } });
    if (!machine) throw new Error("Not your fleet");
    await prisma.inspection.create({
      // why: the schema admits technicianId, so the inspection is attributed to whoever the client names.
      // todoruleid: mass-assignment
      data: input,
    });
  });

export const completeTask = technicianProcedure
  .createServerAction()
  .input(z.object({ taskId: z.string().uuid() }))
  // ok: missing-auth, missing-input-validation
  .handler(async ({ input, ctx }) => {
    await kdb
      .updateTable("maintenance_tasks")
      .set({ done: true })
      // ok: missing-authorization
      .where("id", "=", input.taskId).where("company_id", "=", ctx.companyId)
      .execute();
  });

export const reassignTask = technicianProcedure
  .createServerAction()
  .input(z.object({ taskId: z.string().uuid(), assigneeId: z.string() }))
  // ok: missing-auth, missing-input-validation
  .handler(async ({ input }) => {
    // why: task id from the client with no company_id constraint — a technician reassigns other companies' tasks.
    // ruleid: missing-authorization
    await kdb
      .updateTable("maintenance_tasks")
      .set({ assignee_id: input.assigneeId })
      .where("id", "=", input.taskId)
      .execute();
  });

export const myOpenTasks = kioskProcedure
  .createServerAction()
  .input(z.object({ limit: z.number().int().max(50) }))
  // ok: missing-auth, missing-input-validation
  .handler(async ({ input, ctx }) => {
    const rows = await kdb
      .selectFrom("maintenance_tasks")
      .select(["id", "title", "due_at"])
      // ok: missing-authorization
      .where("assignee_id", "=", ctx.userId).where("done", "=", false)
      .limit(input.limit)
      .execute();
    // ok: excessive-data-exposure
    return rows;
  });

export const inspectionHistory = technicianProcedure
  .createServerAction()
  .input(z.object({ machineId: z.string().cuid(), orderBy: z.enum(["created_at", "passed"]) }))
  // ok: missing-auth, missing-input-validation
  .handler(async ({ input, ctx }) => {
    // ok: sql-injection, missing-authorization
    const rows = await sql`SELECT id, notes, passed, created_at FROM "Inspection" i JOIN "Machine" m ON m.id = i."machineId" WHERE m.id = ${input.machineId} AND m."companyId" = ${ctx.companyId} ORDER BY ${sql(input.orderBy)} DESC`;
    // ok: excessive-data-exposure
    return rows.map((r) => ({ id: r.id, notes: r.notes, passed: r.passed }));
  });

export const searchInspectionNotes = technicianProcedure
  .createServerAction()
  .input(z.object({ q: z.string().max(100) }))
  // ok: missing-auth, missing-input-validation
  .handler(async ({ input, ctx }) => {
    // why: the search text is spliced into sql.unsafe.
    // ruleid: sql-injection
    const rows = await sql.unsafe(`SELECT id, notes FROM "Inspection" WHERE notes ILIKE '%${input.q}%' AND "technicianId" IN (SELECT "userId" FROM "Membership" WHERE "companyId" = '${ctx.companyId}')`);
    return rows.map((r) => ({ id: r.id as string, notes: r.notes as string }));
  });
