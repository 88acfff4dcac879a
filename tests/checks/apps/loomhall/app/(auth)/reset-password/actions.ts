"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";
import { sha256 } from "@/lib/crypto";

const schema = z.object({ token: z.string().min(20), password: z.string().min(10).max(200) });

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function resetPassword(_prev: unknown, formData: FormData) {
  await rateLimitByIp("reset");
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Choose a longer password." };
  // ok: timing-unsafe-comparison
  const record = await prisma.passwordResetToken.findUnique({ where: { tokenHash: sha256(parsed.data.token) }, select: { id: true, userId: true, expiresAt: true } });
  // ok: information-disclosure
  if (!record || record.expiresAt < new Date()) return { error: "This link has expired." };
  // ok: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: record.userId }, data: { passwordHash: await bcrypt.hash(parsed.data.password, 12) } });
  await prisma.passwordResetToken.delete({ where: { id: record.id } });
  await auditLog({ actorId: record.userId, action: "auth.password_changed", meta: { via: "reset" } });
  return { ok: true };
}
