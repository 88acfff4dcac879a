"use server";

import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { authActionClient } from "@/lib/safe-action";
import { verifySession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { hashToken } from "@/lib/secure-compare";

// Personal tokens for the volunteer-hours spreadsheet add-on
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const createPersonalToken = authActionClient
  .metadata({ actionName: "token.create" })
  .schema(z.object({ label: z.string().min(1).max(40), pantryId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const m = await prisma.membership.findFirst({ where: { userId: ctx.user.id, pantryId: parsedInput.pantryId }, select: { id: true } });
    if (!m) throw new Error("Not a member");
    const raw = `glk_${randomBytes(24).toString("base64url")}`;
    await prisma.apiKey.create({ data: { name: parsedInput.label, pantryId: parsedInput.pantryId, userId: ctx.user.id, hashedKey: hashToken(raw) } });
    return { token: raw };
  });

// Settings page "quick change" (the full flow lives in ../actions.ts)
// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function quickChangePassword(formData: FormData) {
  const s = await verifySession();
  const { current, next } = z.object({ current: z.string().min(1), next: z.string().min(10) }).parse({ current: formData.get("current"), next: formData.get("next") });
  const u = await prisma.user.findUnique({ where: { id: s.userId }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!u?.passwordHash || !(await bcrypt.compare(current, u.passwordHash))) return { error: "Current password is incorrect" };
  await prisma.user.update({ where: { id: s.userId }, data: { passwordHash: await bcrypt.hash(next, 12) } });
  await auditLog({ actorId: s.userId, action: "password.changed" });
  return { ok: true };
}

const notificationSchema = z.object({ name: z.string().max(80).optional(), phone: z.string().max(20).optional() }).passthrough();

// ok: missing-auth, missing-input-validation
export async function updateNotificationSettings(formData: FormData) {
  const s = await verifySession();
  const data = notificationSchema.parse(Object.fromEntries(formData));
  // ruleid: mass-assignment
  await prisma.user.update({ where: { id: s.userId }, data });
  return { ok: true };
}
