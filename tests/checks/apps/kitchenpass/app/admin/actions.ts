"use server";

import { z } from "zod";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db";
import { adminActionClient, authActionClient, ActionError } from "@/lib/actions/safe-action";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const setUserRole = adminActionClient
  .metadata({ actionName: "admin.setUserRole" })
  .schema(z.object({ userId: z.string().cuid(), role: z.enum(["staff", "manager", "owner", "admin"]) }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    await prisma.user.update({
      where: { id: parsedInput.userId },
      // ok: mass-assignment
      data: { role: parsedInput.role },
    });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const startImpersonation = adminActionClient
  .metadata({ actionName: "admin.impersonate" })
  .schema(z.object({ userId: z.string().cuid(), reason: z.string().min(10) }))
  .action(async ({ parsedInput }) => {
    const target = await prisma.user.findUnique({ where: { id: parsedInput.userId }, select: { id: true, role: true } });
    if (!target || target.role === "admin") throw new ActionError("Cannot impersonate this user");
    (await cookies()).set("kp_impersonate", target.id, { httpOnly: true, secure: true, maxAge: 1800 });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const adminGetUser = adminActionClient
  .metadata({ actionName: "admin.getUser" })
  .schema(z.object({ userId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    const user = await prisma.user.findUnique({ where: { id: parsedInput.userId }, include: { apiKeys: true } });
    // ruleid: excessive-data-exposure
    return user;
  });

// Support team tool: built on the plain auth client with an inline role check
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const banUser = authActionClient
  .metadata({ actionName: "admin.banUser" })
  .schema(z.object({ userId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.role !== "admin") throw new ActionError("Admins only");
    // ok: missing-authorization
    await prisma.user.update({ where: { id: parsedInput.userId }, data: { passwordHash: null, role: "banned" } });
    return { banned: true };
  });

// ok: missing-auth, missing-input-validation
export const grantPlan = authActionClient
  .metadata({ actionName: "billing.grantPlan" })
  .schema(z.object({ groupId: z.string().cuid(), plan: z.enum(["starter", "pro", "enterprise"]) }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: missing-authorization
    await prisma.group.update({
      where: { id: parsedInput.groupId },
      // ruleid: mass-assignment
      data: { plan: parsedInput.plan },
    });
    return { ok: true, by: ctx.userId };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const adminUpdateUser = adminActionClient
  .metadata({ actionName: "admin.updateUser" })
  .schema(z.object({ userId: z.string().cuid(), name: z.string().max(80), email: z.string().email() }))
  .action(async ({ parsedInput: { userId, ...rest } }) => {
    try {
      await prisma.user.update({
        where: { id: userId },
        // ok: mass-assignment
        data: rest,
      });
    } catch (e) {
      // ruleid: information-disclosure
      return { error: e instanceof Error ? e.message : String(e) };
    }
    return { ok: true };
  });
