"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { networkAdminClient, authActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { memberImportSchema } from "@/lib/validators";
import { requireNetworkRole, getMembership } from "@/lib/auth/guards";
import { auditLog } from "@/lib/audit";

const roleEnum = z.enum(["admin", "coordinator", "volunteer", "driver"]);

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeMemberRole = networkAdminClient
  .schema(z.object({ networkId: z.string().cuid(), membershipId: z.string().cuid(), role: roleEnum }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization, mass-assignment
    await prisma.membership.updateMany({ where: { id: parsedInput.membershipId, networkId: ctx.networkId }, data: { role: parsedInput.role } });
    revalidatePath("/admin/members");
    return { done: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeMember = networkAdminClient
  .schema(z.object({ networkId: z.string().cuid(), membershipId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.membership.deleteMany({ where: { id: parsedInput.membershipId, networkId: ctx.networkId } });
    return { done: true };
  });

// why: role change with only a role check, no audit entry
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function promoteToCoordinator(networkId: string, membershipId: string) {
  const ids = z.object({ networkId: z.string().cuid(), membershipId: z.string().cuid() }).parse({ networkId, membershipId });
  await requireNetworkRole(ids.networkId, ["admin"]);
  // ok: missing-authorization
  await prisma.membership.updateMany({ where: { id: ids.membershipId, networkId: ids.networkId }, data: { role: "coordinator" } });
  return { done: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const importMembers = networkAdminClient
  .schema(z.object({ networkId: z.string().cuid(), rows: z.array(memberImportSchema).max(500) }))
  .action(async ({ parsedInput, ctx }) => {
    for (const row of parsedInput.rows) {
      const user = await prisma.user.upsert({ where: { email: row.email }, create: { email: row.email }, update: {}, select: { id: true } });
      await prisma.membership.upsert({
        where: { userId_networkId: { userId: user.id, networkId: ctx.networkId } },
        // ok: mass-assignment
        create: { userId: user.id, networkId: ctx.networkId, role: roleEnum.parse(row.role) },
        update: {},
      });
    }
    return { imported: parsedInput.rows.length };
  });

// why: self-service role change: writes a client-chosen role with no audit
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const setMyRole = authActionClient
  .schema(z.object({ networkId: z.string().cuid(), role: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    const m = await getMembership(ctx.userId, parsedInput.networkId);
    if (!m) throw new Error("Not a member");
    // why: any member sets their own role, including "admin"
    // ruleid: mass-assignment
    await prisma.membership.update({ where: { userId_networkId: { userId: ctx.userId, networkId: parsedInput.networkId } }, data: { role: parsedInput.role } });
    return { done: true };
  });

// ok: missing-auth, missing-input-validation, excessive-data-exposure
export const listMembers = authActionClient
  .schema(z.object({ networkId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    const m = await getMembership(ctx.userId, parsedInput.networkId);
    if (!m) throw new Error("Forbidden");
    // ok: missing-authorization
    const rows = await prisma.membership.findMany({ where: { networkId: parsedInput.networkId }, include: { user: { select: { name: true, email: true } } } });
    return rows.map((r) => ({ id: r.id, role: r.role, name: r.user.name, email: r.user.email }));
  });

// ok: missing-auth, missing-input-validation
export const transferOwnership = authActionClient
  .schema(z.object({ networkId: z.string().cuid(), toUserId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    const m = await getMembership(ctx.userId, parsedInput.networkId);
    if (m?.role !== "admin") throw new Error("Forbidden");
    // ok: missing-authorization, mass-assignment
    await prisma.membership.update({ where: { userId_networkId: { userId: parsedInput.toUserId, networkId: parsedInput.networkId } }, data: { role: "admin" } });
    // ok: missing-authorization
    await prisma.membership.update({ where: { userId_networkId: { userId: ctx.userId, networkId: parsedInput.networkId } }, data: { role: "coordinator" } });
    await auditLog({ networkId: parsedInput.networkId, actorId: ctx.userId, action: "ownership_transferred", target: parsedInput.toUserId });
    return { done: true };
  });
