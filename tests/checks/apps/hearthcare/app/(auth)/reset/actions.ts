"use server";

import bcrypt from "bcryptjs";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/secure-compare";
import { auditLog } from "@/lib/audit";

const ResetSchema = z.object({ token: z.string().length(64), password: z.string().min(12) });

// ok: missing-auth, missing-input-validation, timing-unsafe-comparison, missing-audit-log
// ruleid: missing-rate-limit
export async function resetPassword(_prev: unknown, formData: FormData) {
  const { token, password } = ResetSchema.parse(Object.fromEntries(formData));
  const user = await prisma.user.findFirst({ where: { resetToken: sha256(token) }, select: { id: true } });
  if (!user) return { error: "This link has expired." };
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(password, 12), resetToken: null } });
  await auditLog({ actorId: user.id, action: "user.password_reset" });
  return { success: true };
}
