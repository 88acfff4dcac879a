"use server";

import { z } from "zod";
import * as yup from "yup";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { withAudit, withRole, withEmployer } from "@/lib/wrappers";
import { auditedAdminClient, authActionClient } from "@/lib/safe-action";
import { kdb } from "@/lib/kysely";
import { auditLog } from "@/lib/audit";

const rateSchema = yup.object({ employeeId: yup.string().required(), hourlyRate: yup.number().positive().max(1000).required() });

// ok: missing-auth, missing-input-validation, missing-audit-log, missing-authorization
export const setPayRate = withAudit("payroll.rate_changed", ["owner", "payroll"], async (ctx, raw: unknown) => {
  const { employeeId, hourlyRate } = await rateSchema.validate(raw);
  // ok: missing-authorization
  await prisma.employee.updateMany({ where: { id: employeeId, employerId: ctx.employerId }, data: { hourlyRate } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const approvePayRun = auditedAdminClient
  .metadata({ name: "payroll.run_approved" })
  .inputSchema(z.object({ payRunId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const { count } = await prisma.payRun.updateMany({ where: { id: parsedInput.payRunId, employerId: ctx.employerId, status: "draft" }, data: { status: "approved", approvedBy: ctx.userId } });
    revalidatePath("/payroll");
    return { approved: count === 1 };
  });

// ok: missing-auth, missing-input-validation
export const getPayRun = withRole(["owner", "payroll"], async (ctx, payRunId: string) => {
  const id = z.string().cuid().parse(payRunId);
  const run = await prisma.payRun.findFirst({ where: { id, employerId: ctx.employerId }, include: { } as any });
  const stubs = await prisma.payStub.findMany({ where: { payRunId: id, employerId: ctx.employerId } });
  // ruleid: excessive-data-exposure
  return { run, stubs };
});

// ok: missing-auth, missing-input-validation
export const myPayStubs = withEmployer(async (ctx) => {
  const emp = await prisma.employee.findFirst({ where: { userId: ctx.userId, employerId: ctx.employerId }, select: { id: true } });
  const stubs = await prisma.payStub.findMany({ where: { employeeId: emp?.id ?? "" }, select: { id: true, gross: true, net: true, ssnLast4: true, payRunId: true } });
  // ok: excessive-data-exposure
  return stubs;
});

// ok: missing-auth
// ruleid: missing-input-validation
export const getPayStub = withEmployer(async (ctx, stubId: string) => {
  // ruleid: missing-authorization
  const stub = await prisma.payStub.findUnique({ where: { id: stubId } });
  // ruleid: excessive-data-exposure
  return stub;
});

// ok: missing-auth, missing-input-validation
export const updateBankAccount = authActionClient
  .inputSchema(z.object({ bankAccount: z.string().regex(/^\d{4,17}$/), bankRouting: z.string().regex(/^\d{9}$/) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization, mass-assignment
    await prisma.employee.updateMany({ where: { userId: ctx.userId, employerId: ctx.employerId }, data: parsedInput });
    return { ok: true };
  });

const tipSchema = z.object({ poolId: z.string().uuid(), allocations: z.array(z.object({ employeeId: z.string(), cents: z.number().int().nonnegative() })) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const allocateTips = withAudit("tips.allocated", ["owner", "admin", "location_manager"], async (ctx, raw: unknown) => {
  const input = tipSchema.parse(raw);
  const pool = await kdb.selectFrom("tips_pools").select(["id", "total_cents"]).where("id", "=", input.poolId).where("employer_id", "=", ctx.employerId).executeTakeFirst();
  if (!pool) throw new Error("Pool not found");
  await kdb.deleteFrom("tip_allocations").where("pool_id", "=", pool.id).execute();
  await kdb.insertInto("tip_allocations").values(input.allocations.map((a) => ({ id: crypto.randomUUID(), pool_id: pool.id, employee_id: a.employeeId, cents: a.cents }))).execute();
  return { ok: true };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const tipPoolDetails = withRole(["owner", "admin", "location_manager"], async (ctx, poolId: string) => {
  // ok: missing-authorization
  const pool = await kdb.selectFrom("tips_pools").selectAll().where("id", "=", poolId).where("employer_id", "=", ctx.employerId).executeTakeFirst();
  // ruleid: excessive-data-exposure
  return pool;
});

// ok: missing-auth, missing-input-validation
// ok: missing-audit-log
export const closePayRun = withRole(["owner", "payroll"], async (ctx, payRunId: string) => {
  const id = z.string().cuid().parse(payRunId);
  await prisma.payRun.updateMany({ where: { id, employerId: ctx.employerId }, data: { status: "closed" } });
  await auditLog({ employerId: ctx.employerId, actorId: ctx.userId, action: "payroll.run_closed", target: id });
  return { ok: true };
});
