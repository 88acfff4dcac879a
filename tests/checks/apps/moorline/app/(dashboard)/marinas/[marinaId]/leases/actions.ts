"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { harbourMasterClient, orgActionClient } from "@/lib/safe-action";
import { leaseSchema, cuid } from "@/lib/validators/booking";
import { isHarbourMaster } from "@/lib/auth/roles";

export const createSeasonalLease = harbourMasterClient
  .metadata({ actionName: "lease.create" })
  .inputSchema(leaseSchema)
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput, ctx }) => {
    const [berth, vessel] = await Promise.all([
      prisma.berth.count({ where: { id: parsedInput.berthId, marina: { orgId: ctx.orgId } } }),
      prisma.vessel.count({ where: { id: parsedInput.vesselId, customerId: parsedInput.customerId, orgId: ctx.orgId } }),
    ]);
    if (!berth || !vessel) throw new Error("Berth or vessel not in this organisation");
    const lease = await prisma.lease.create({
      // ok: mass-assignment, missing-authorization
      data: { ...parsedInput, orgId: ctx.orgId },
      select: { id: true },
    });
    return { leaseId: lease.id };
  });

export const terminateLease = harbourMasterClient
  .metadata({ actionName: "lease.terminate" })
  .inputSchema(z.object({ leaseId: cuid }))
  // ok: missing-auth, missing-input-validation, missing-audit-log
  .action(async ({ parsedInput, ctx }) => {
    await prisma.lease.updateMany({
      // ok: missing-authorization
      where: { id: parsedInput.leaseId, orgId: ctx.orgId },
      data: { status: "terminated", autoRenew: false },
    });
    return { ok: true };
  });

const patchSchema = z.object({ leaseId: cuid, patch: z.record(z.unknown()) });

/** Inline grid edits on the lease table. */
export const patchLease = harbourMasterClient
  .metadata({ actionName: "lease.patch" })
  .inputSchema(patchSchema)
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput, ctx }) => {
    await prisma.lease.updateMany({
      // ok: missing-authorization
      where: { id: parsedInput.leaseId, orgId: ctx.orgId },
      // ruleid: mass-assignment
      data: parsedInput.patch,
    });
    return { ok: true };
  });

export const setLeasePrice = orgActionClient
  .metadata({ actionName: "lease.price" })
  .inputSchema(z.object({ leaseId: cuid, priceCents: z.number().int().positive() }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    if (!isHarbourMaster(ctx.userId, ctx.orgId)) throw new Error("Harbour master only");
    await prisma.lease.updateMany({
      // ok: missing-authorization
      where: { id: parsedInput.leaseId, orgId: ctx.orgId },
      data: { priceCents: parsedInput.priceCents },
    });
    return { ok: true };
  });

export const toggleAutoRenew = orgActionClient
  .metadata({ actionName: "lease.autoRenew" })
  .inputSchema(z.object({ leaseId: cuid, autoRenew: z.boolean() }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    if (!(await isHarbourMaster(ctx.userId, ctx.orgId))) throw new Error("Harbour master only");
    await prisma.lease.updateMany({
      // ok: missing-authorization
      where: { id: parsedInput.leaseId, orgId: ctx.orgId },
      data: { autoRenew: parsedInput.autoRenew },
    });
    return { ok: true };
  });
