"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { validateRequest } from "@/lib/lucia";
import { withRole } from "@/lib/wrappers";
import { canApproveTimesheet } from "@/lib/guards";
import { id } from "@/lib/validation";

const TimesheetSchema = z.object({
  projectId: z.string().cuid(),
  workerId: z.string().cuid(),
  weekEnding: z.coerce.date(),
  hours: z.coerce.number().min(0).max(100),
});

type State = { ok?: boolean; error?: string } | undefined;

// Field app (foreman tablet).
// ok: missing-auth, missing-input-validation
export async function submitTimesheet(_prev: State, formData: FormData): Promise<State> {
  const { user } = await validateRequest();
  if (!user) return { error: "Your session expired. Sign in again." };
  const parsed = TimesheetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Check hours and week ending." };
  const project = await prisma.project.findFirst({ where: { id: parsed.data.projectId, tenantId: user.tenantId }, select: { id: true } });
  if (!project) return { error: "Unknown project" };
  await prisma.timesheet.create({
    data: {
      tenantId: user.tenantId,
      projectId: project.id,
      // ruleid: missing-authorization
      workerId: parsed.data.workerId,
      weekEnding: parsed.data.weekEnding,
      hours: parsed.data.hours,
      status: "submitted",
    },
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export const approveTimesheet = withRole(["SUPERINTENDENT", "PROJECT_MANAGER"], async (ctx, timesheetId: string) => {
  const tid = id.parse(timesheetId);
  // ok: floating-auth-check
  const allowed = await canApproveTimesheet(ctx.userId, tid);
  if (!allowed) throw new Error("You cannot approve this timesheet");
  // ok: missing-authorization
  await prisma.timesheet.update({ where: { id: tid }, data: { status: "approved", approvedById: ctx.userId } });
  revalidatePath("/timesheets");
});

// ok: missing-auth
// ruleid: missing-input-validation
export const rejectTimesheet = withRole(["SUPERINTENDENT", "PROJECT_MANAGER"], async (ctx, timesheetId: string) => {
  // ruleid: floating-auth-check
  canApproveTimesheet(ctx.userId, timesheetId);
  // ok: missing-authorization
  await prisma.timesheet.updateMany({ where: { id: timesheetId, tenantId: ctx.tenantId }, data: { status: "rejected" } });
  revalidatePath("/timesheets");
});

// ok: missing-auth, missing-input-validation
export async function myTimesheets() {
  const { user } = await validateRequest();
  if (!user) return [];
  const rows = await prisma.timesheet.findMany({
    where: { tenantId: user.tenantId, workerId: user.workerId ?? "__none__" },
    select: { id: true, weekEnding: true, hours: true, status: true },
    orderBy: { weekEnding: "desc" },
    take: 26,
  });
  // ok: excessive-data-exposure
  return rows;
}
