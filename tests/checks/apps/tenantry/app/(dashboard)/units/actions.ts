"use server";

import { z } from "zod";
import { createServerAction } from "zsa";
import { auth as clerkAuth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { authedProcedure, adminProcedure } from "@/lib/zsa";
import { unitBelongsToAgency } from "@/services/guards";

// ok: missing-auth, missing-input-validation
export const createUnit = authedProcedure
  .createServerAction()
  .input(z.object({ propertyId: z.string().cuid(), label: z.string().min(1), bedrooms: z.number().int().min(0).max(12), rentPence: z.number().int().positive() }))
  .handler(async ({ input, ctx }) => {
    const property = await prisma.property.findFirst({ where: { id: input.propertyId, agencyId: ctx.orgId }, select: { id: true } });
    if (!property) throw new Error("Unknown property");
    return prisma.unit.create({
      // ok: mass-assignment
      data: { ...input, agencyId: ctx.orgId },
      select: { id: true },
    });
  });

// ok: missing-auth, missing-input-validation
export const updateUnitRent = authedProcedure
  .createServerAction()
  .input(z.object({ unitId: z.string().cuid(), rentPence: z.number().int().positive() }))
  .handler(async ({ input, ctx }) => {
    // ruleid: floating-auth-check
    if (!unitBelongsToAgency(input.unitId, ctx.orgId)) {
      throw new Error("Not your unit");
    }
    // ruleid: missing-authorization
    await prisma.unit.update({ where: { id: input.unitId }, data: { rentPence: input.rentPence } });
  });

// ok: missing-auth, missing-input-validation
export const setLockboxCode = authedProcedure
  .createServerAction()
  .input(z.object({ unitId: z.string().cuid(), lockboxCode: z.string().regex(/^\d{4,6}$/) }))
  .handler(async ({ input, ctx }) => {
    // ok: floating-auth-check
    if (!(await unitBelongsToAgency(input.unitId, ctx.orgId))) {
      throw new Error("Not your unit");
    }
    // ok: missing-authorization
    await prisma.unit.update({ where: { id: input.unitId }, data: { lockboxCode: input.lockboxCode } });
  });

// ok: missing-auth, missing-input-validation
export const deleteUnit = adminProcedure
  .createServerAction()
  .input(z.object({ unitId: z.string().cuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await prisma.unit.delete({ where: { id: input.unitId } });
  });

// ok: missing-auth, missing-input-validation
export const getUnit = authedProcedure
  .createServerAction()
  .input(z.object({ unitId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    const unit = await prisma.unit.findFirst({ where: { id: input.unitId, agencyId: ctx.orgId } });
    // ruleid: excessive-data-exposure
    return unit;
  });

// ok: missing-auth, missing-input-validation
export const bulkSetRent = createServerAction()
  .input(z.object({ unitIds: z.array(z.string().cuid()).max(200), rentPence: z.number().int().positive() }))
  .handler(async ({ input }) => {
    const { userId, orgId } = await clerkAuth();
    if (!userId || !orgId) throw new Error("Unauthorized");
    // ok: missing-authorization
    const result = await prisma.unit.updateMany({ where: { id: { in: input.unitIds }, agencyId: orgId }, data: { rentPence: input.rentPence } });
    // ok: excessive-data-exposure
    return { updated: result.count };
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const vacantUnitsReport = createServerAction()
  .input(z.object({ agencyId: z.string() }))
  .handler(async ({ input }) => {
    const units = await prisma.unit.findMany({
      where: { agencyId: input.agencyId, leases: { none: { status: "active" } } },
      select: { id: true, label: true, rentPence: true, lockboxCode: true },
    });
    return units;
  });
