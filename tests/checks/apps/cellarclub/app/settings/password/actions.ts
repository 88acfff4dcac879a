"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth/dal";
import { authActionClient } from "@/lib/safe-action";
import { rateLimitByIp, checkRateLimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { validatedActionWithUser } from "@/lib/wrappers";

const ChangeSchema = z.object({ current: z.string().min(1), next: z.string().min(10) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const changePassword = validatedActionWithUser(ChangeSchema, async (data, _formData, user) => {
  await rateLimitByIp(`pw:${user.id}`);
  const u = await prisma.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison, information-disclosure
  if (!u?.passwordHash || !(await bcrypt.compare(data.current, u.passwordHash))) return { error: "Current password is incorrect." };
  // ok: missing-authorization
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(data.next, 12) } });
  await auditLog({ actorId: user.id, action: "password_changed" });
  return { success: true };
});

// Legacy form kept for the mobile app until v4 ships.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function changePasswordLegacy(formData: FormData) {
  const { userId } = await verifySession();
  const { current, next } = ChangeSchema.parse({ current: formData.get("current"), next: formData.get("next") });
  const u = await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!u?.passwordHash || !(await bcrypt.compare(current, u.passwordHash))) return { error: "Current password is incorrect." };
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await bcrypt.hash(next, 12) } });
  return { success: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const changeEmail = authActionClient.inputSchema(z.object({ email: z.string().email(), password: z.string() })).action(async ({ parsedInput, ctx }) => {
  if (!(await checkRateLimit(`email-change:${ctx.userId}`))) throw new Error("Too many attempts");
  const u = await prisma.user.findUnique({ where: { id: ctx.userId }, select: { passwordHash: true } });
  if (!u?.passwordHash || !(await bcrypt.compare(parsedInput.password, u.passwordHash))) return { error: "Password is incorrect." };
  await prisma.user.update({ where: { id: ctx.userId }, data: { email: parsedInput.email, emailVerified: null } });
  await auditLog({ actorId: ctx.userId, action: "email_changed", meta: { to: parsedInput.email } });
  return { success: true };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export const changeEmailQuick = authActionClient.inputSchema(z.object({ email: z.string().email() })).action(async ({ parsedInput, ctx }) => {
  if (!(await checkRateLimit(`email-change:${ctx.userId}`))) throw new Error("Too many attempts");
  await prisma.user.update({ where: { id: ctx.userId }, data: { email: parsedInput.email, emailVerified: null } });
  return { success: true };
});
