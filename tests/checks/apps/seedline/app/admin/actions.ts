"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { clerkProcedure, platformAdminProcedure } from "@/lib/zsa";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const suspendUser = platformAdminProcedure
  .createServerAction()
  .input(z.object({ userId: z.string().cuid(), reason: z.string().min(5) }))
  .handler(async ({ input }) => {
    // ok: missing-authorization
    await prisma.user.update({ where: { id: input.userId }, data: { isSuspended: true } });
    await prisma.session.deleteMany({ where: { userId: input.userId } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const setCoopPlan = platformAdminProcedure
  .createServerAction()
  .input(z.object({ coopId: z.string().cuid(), plan: z.enum(["FREE", "GROWER", "FEDERATION"]) }))
  .handler(async ({ input }) => {
    // ok: missing-authorization
    await prisma.coop.update({ where: { id: input.coopId }, data: { plan: input.plan } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const searchUsers = platformAdminProcedure
  .createServerAction()
  .input(z.object({ q: z.string().min(3).max(100) }))
  .handler(async ({ input }) => {
    const users = await prisma.user.findMany({ where: { email: { contains: input.q, mode: "insensitive" } }, take: 25 });
    // ruleid: excessive-data-exposure
    return users;
  });

// Support engineers close down abandoned pilot co-ops.
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const deleteCoop = clerkProcedure
  .createServerAction()
  .input(z.object({ coopId: z.string().cuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await prisma.coop.delete({ where: { id: input.coopId } });
    return { ok: true };
  });
