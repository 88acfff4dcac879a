"use server";

import { z } from "zod";
import { prisma } from "~/lib/prisma";
import { adminActionClient, auditedAdminClient } from "~/lib/safe-action";
import { auditLog } from "~/lib/audit";

const UserId = z.object({ userId: z.string().cuid() });

// ok: missing-auth
// ok: missing-input-validation
// ruleid: missing-audit-log
export const banUser = adminActionClient.inputSchema(UserId.extend({ reason: z.string().max(500) })).action(async ({ parsedInput }) => {
  // ok: missing-authorization -- admin role checked in the client middleware
  await prisma.user.update({ where: { id: parsedInput.userId }, data: { bannedAt: new Date(), banReason: parsedInput.reason } });
  // ok: missing-authorization -- admin only
  await prisma.session.deleteMany({ where: { userId: parsedInput.userId } });
});

// ok: missing-auth
// ok: missing-input-validation
// ok: missing-audit-log
export const unbanUser = adminActionClient.inputSchema(UserId).action(async ({ parsedInput, ctx }) => {
  // ok: missing-authorization -- admin only
  await prisma.user.update({ where: { id: parsedInput.userId }, data: { bannedAt: null, banReason: null } });
  await auditLog({ actorId: ctx.userId, action: "admin.user_unbanned", target: parsedInput.userId });
});

// ok: missing-auth
// ok: missing-audit-log -- the audited client logs every call
export const deleteUser = auditedAdminClient.metadata({ actionName: "admin.delete_user" }).inputSchema(UserId).action(async ({ parsedInput }) => {
  // ok: missing-authorization -- admin only
  await prisma.user.delete({ where: { id: parsedInput.userId } });
});

// ok: missing-auth
// ruleid: missing-audit-log
export const setUserRole = adminActionClient.inputSchema(UserId.extend({ role: z.enum(["member", "support", "admin"]) })).action(async ({ parsedInput }) => {
  // todoruleid: mass-assignment -- role writes in an admin-gated client are exempted (the schema itself admits `role`)
  // ok: missing-authorization -- admin only
  await prisma.user.update({ where: { id: parsedInput.userId }, data: { role: parsedInput.role } });
});

// ok: missing-auth
// ruleid: missing-audit-log
export const impersonateUser = adminActionClient.inputSchema(UserId).action(async ({ parsedInput, ctx }) => {
  // ok: missing-authorization -- admin only
  const target = await prisma.user.findUnique({ where: { id: parsedInput.userId }, select: { id: true, email: true } });
  if (!target) return { ok: false };
  // ok: mass-assignment -- the user id comes from a loaded row, set by an admin
  const session = await prisma.session.create({ data: { userId: target.id, sessionToken: crypto.randomUUID(), expires: new Date(Date.now() + 3_600_000) }, select: { sessionToken: true } });
  console.log("impersonation", ctx.userId, target.id);
  return { ok: true, sessionToken: session.sessionToken };
});

// ok: missing-auth
export const getUserDetails = adminActionClient.inputSchema(UserId).action(async ({ parsedInput }) => {
  const user = await prisma.user.findUnique({ where: { id: parsedInput.userId }, include: { memberships: true } });
  // ruleid: excessive-data-exposure
  return user;
});

// ok: missing-auth
// ok: missing-input-validation
export const searchUsers = adminActionClient.inputSchema(z.object({ q: z.string().min(2).max(100) })).action(async ({ parsedInput }) => {
  // ruleid: sql-injection
  const rows = await prisma.$queryRawUnsafe<{ id: string; email: string }[]>(`SELECT id, email FROM "User" WHERE email ILIKE '%${parsedInput.q}%' LIMIT 20`);
  // ok: excessive-data-exposure -- two chosen columns
  return rows;
});
