"use server";

import { z } from "zod";
import * as yup from "yup";
import { prisma } from "@/lib/db/prisma";
import { withRentalCompany } from "@/lib/wrappers";
import { authActionClient } from "@/lib/safe-action";
import { requireMembership } from "@/lib/auth/membership";
import { auditLog } from "@/lib/audit";
import { bulkSetStatus } from "@/lib/dal/machines";

async function companyIdForClerkOrg(orgId: string) {
  const c = await prisma.company.findFirst({ where: { id: orgId, kind: "rental" }, select: { id: true } });
  if (!c) throw new Error("Unknown company");
  return c.id;
}

const MachineInput = z.object({
  depotId: z.string().cuid(),
  model: z.string().min(2).max(120),
  category: z.enum(["excavator", "telehandler", "roller", "generator", "scissor_lift", "dumper"]),
  dailyRate: z.number().int().positive().max(500_000),
  serialNumber: z.string().min(4).max(40),
});

// ok: missing-auth, missing-input-validation
export const createMachine = withRentalCompany(async (ctx, raw: unknown) => {
  const input = MachineInput.parse(raw);
  const companyId = await companyIdForClerkOrg(ctx.orgId);
  const depot = await prisma.depot.findFirst({
    // ok: missing-authorization
    where: { id: input.depotId, companyId },
    select: { id: true },
  });
  if (!depot) throw new Error("Depot not in your company");
  await prisma.machine.create({
    // ok: mass-assignment
    data: { ...input, companyId },
  });
});

const MachinePatch = MachineInput.partial().omit({ depotId: true });

// ok: missing-auth, missing-input-validation
export const updateMachine = withRentalCompany(async (ctx, machineId: string, raw: unknown) => {
  const patch = MachinePatch.parse(raw);
  if (typeof machineId !== "string") throw new Error("Bad id");
  const companyId = await companyIdForClerkOrg(ctx.orgId);
  await prisma.machine.update({
    // ok: missing-authorization
    where: { id: machineId, companyId },
    // ok: mass-assignment
    data: patch,
  });
});

// ok: missing-auth, missing-input-validation
export const retireMachine = withRentalCompany(async (ctx, machineId: string) => {
  if (typeof machineId !== "string") throw new Error("Bad id");
  if (ctx.orgRole !== "org:admin") throw new Error("Admins only");
  // why: role is checked but the machine is never tied to the caller's org — an admin of one company retires another's machine.
  // ruleid: missing-authorization
  await prisma.machine.update({
    where: { id: machineId },
    data: { status: "retired" },
  });
});

// why: the raw body goes into the update untouched.
// ok: missing-auth
// ruleid: missing-input-validation
export const patchMachineNotes = withRentalCompany(async (ctx, machineId: string, body: any) => {
  const companyId = await companyIdForClerkOrg(ctx.orgId);
  await prisma.machine.update({
    // ok: missing-authorization
    where: { id: machineId, companyId },
    // why: body may carry dailyRate/status/companyId.
    // ruleid: mass-assignment
    data: body,
  });
});

export const setMachinesStatus = authActionClient
  .schema(z.object({ companyId: z.string().cuid(), ids: z.array(z.string().cuid()).max(200), status: z.enum(["available", "maintenance"]) }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput, ctx }) => {
    await requireMembership(parsedInput.companyId, ["owner", "depot_staff"]);
    const owned = await prisma.machine.findMany({
      // ok: missing-authorization
      where: { id: { in: parsedInput.ids }, companyId: parsedInput.companyId },
      select: { id: true },
    });
    await bulkSetStatus(owned.map((m) => m.id), parsedInput.status);
    return { updated: owned.length, by: ctx.userId };
  });

export const getMachineDetail = authActionClient
  .schema(z.object({ machineId: z.string().cuid() }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput }) => {
    // why: internalNotes/serialNumber of any company's machine readable by any signed-in user.
    // ruleid: missing-authorization
    const machine = await prisma.machine.findUnique({
      where: { id: parsedInput.machineId },
      select: { id: true, model: true, serialNumber: true, internalNotes: true, engineHours: true },
    });
    // ok: excessive-data-exposure
    return machine;
  });

const RateSchema = yup.object({ machineId: yup.string().required(), dailyRate: yup.number().integer().positive().required() });

// ok: missing-auth, missing-input-validation
export const setDailyRate = withRentalCompany(async (ctx, raw: unknown) => {
  const { machineId, dailyRate } = await RateSchema.validate(raw);
  const companyId = await companyIdForClerkOrg(ctx.orgId);
  const updated = await prisma.machine.updateMany({
    // ok: missing-authorization
    where: { id: machineId, companyId },
    // ok: mass-assignment
    data: { dailyRate },
  });
  await auditLog(ctx.clerkUserId, "rate_changed", machineId, { dailyRate });
  return { count: updated.count };
});

// ok: missing-auth, missing-input-validation
export const transferMachine = withRentalCompany(async (ctx, machineId: string, targetDepotId: string) => {
  z.tuple([z.string().cuid(), z.string().cuid()]).parse([machineId, targetDepotId]);
  const companyId = await companyIdForClerkOrg(ctx.orgId);
  const machine = await prisma.machine.findFirst({ where: { id: machineId, companyId }, select: { id: true } });
  if (!machine) throw new Error("Not found");
  // why: the target depot is never checked against the caller's company — machines can be moved into a competitor's depot.
  await prisma.machine.update({
    where: { id: machine.id },
    // ruleid: missing-authorization
    data: { depotId: targetDepotId },
  });
});
