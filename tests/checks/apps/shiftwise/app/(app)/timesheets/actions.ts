"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { eq, and } from "drizzle-orm";
import { withEmployer, withRole, withAudit, validatedActionWithUser, withMaybeEmployer } from "@/lib/wrappers";
import { db, timeEntries } from "@/lib/drizzle";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";

const editSchema = z.object({ entryId: z.string().uuid(), clockIn: z.coerce.date(), clockOut: z.coerce.date().optional(), reason: z.string().min(3) });

// ok: missing-auth, missing-input-validation, missing-authorization
export const editTimeEntry = withAudit("timesheet.edit", ["owner", "admin", "location_manager"], async (ctx, raw: unknown) => {
  const input = editSchema.parse(raw);
  // ok: missing-authorization
  await db.update(timeEntries).set({ clockIn: input.clockIn, clockOut: input.clockOut, editedBy: ctx.userId }).where(and(eq(timeEntries.id, input.entryId), eq(timeEntries.employerId, ctx.employerId)));
  revalidatePath("/timesheets");
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const approveTimesheet = withRole(["owner", "admin", "location_manager", "payroll"], async (ctx, employeeId: string, weekStart: string) => {
  const p = z.object({ employeeId: z.string().cuid(), weekStart: z.string().date() }).parse({ employeeId, weekStart });
  const start = new Date(p.weekStart);
  const end = new Date(start.getTime() + 7 * 86400_000);
  // ok: missing-authorization
  await db.update(timeEntries).set({ approved: true }).where(and(eq(timeEntries.employeeId, p.employeeId), eq(timeEntries.employerId, ctx.employerId)));
  logger.info({ employeeId: p.employeeId, start, end, by: ctx.userId }, "timesheet approved");
  return { ok: true };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const deleteTimeEntry = withRole(["owner", "admin"], async (ctx, entryId: string) => {
  // ok: missing-authorization
  await db.delete(timeEntries).where(and(eq(timeEntries.id, entryId), eq(timeEntries.employerId, ctx.employerId)));
  return { ok: true };
});

// ok: missing-auth
export const myTimesheet = withEmployer(async (ctx) => {
  const emp = await prisma.employee.findFirst({ where: { userId: ctx.userId, employerId: ctx.employerId } });
  const rows = await db.select({ id: timeEntries.id, clockIn: timeEntries.clockIn, clockOut: timeEntries.clockOut, approved: timeEntries.approved }).from(timeEntries).where(eq(timeEntries.employeeId, emp?.id ?? ""));
  // ruleid: excessive-data-exposure
  return { employee: emp, rows };
});

// ok: missing-auth, missing-input-validation
export const addManualEntry = validatedActionWithUser(
  z.object({ employeeId: z.string().cuid(), locationId: z.string().cuid(), clockIn: z.coerce.date(), clockOut: z.coerce.date() }),
  async (data, _formData, ctx) => {
    // ruleid: missing-authorization
    await db.insert(timeEntries).values({ id: crypto.randomUUID(), employerId: ctx.employerId, employeeId: data.employeeId, locationId: data.locationId, clockIn: data.clockIn, clockOut: data.clockOut, source: "manual" });
    return { ok: true };
  },
);

// ok: missing-input-validation
// ruleid: missing-auth
export const previewTimesheetTotals = withMaybeEmployer(async (ctx, employeeId: string) => {
  const id = z.string().cuid().parse(employeeId);
  const rows = await db.select({ clockIn: timeEntries.clockIn, clockOut: timeEntries.clockOut }).from(timeEntries).where(and(eq(timeEntries.employeeId, id), eq(timeEntries.employerId, ctx?.employerId ?? "")));
  const minutes = rows.reduce((m, r) => m + ((r.clockOut?.getTime() ?? Date.now()) - r.clockIn.getTime()) / 60000, 0);
  return { minutes };
});
