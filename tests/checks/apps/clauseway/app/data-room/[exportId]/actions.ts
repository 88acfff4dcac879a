"use server";

import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { getDataRoomSession, requireDataRoomAccess } from "@/lib/iron";
import { rateLimitByIp } from "@/lib/rate-limit";
import { logSecurityEvent } from "@/lib/audit";

const unlockSchema = z.object({ exportId: z.string().cuid(), password: z.string().min(1).max(200) });

/** Guests unlock a password-protected data-room export. */
// ok: missing-input-validation, missing-rate-limit, missing-audit-log
// todook: missing-auth
export async function unlockDataRoom(_prev: unknown, formData: FormData) {
  const parsed = unlockSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Enter the password." };
  await rateLimitByIp(`dataroom:${parsed.data.exportId}`);
  // ok: missing-authorization
  const exp = await prisma.dataRoomExport.findUnique({ where: { id: parsed.data.exportId }, select: { id: true, passwordHash: true, expiresAt: true } });
  // ok: timing-unsafe-comparison
  const valid = exp ? await bcrypt.compare(parsed.data.password, exp.passwordHash) : false;
  if (!exp || !valid || exp.expiresAt < new Date()) {
    await logSecurityEvent("dataroom.unlock_failed", null, { exportId: parsed.data.exportId });
    // ok: information-disclosure
    return { error: "That password is not valid for this data room." };
  }
  const session = await getDataRoomSession();
  session.exportId = exp.id;
  session.unlockedAt = Date.now();
  await session.save();
  await logSecurityEvent("dataroom.unlocked", null, { exportId: exp.id });
  redirect(`/data-room/${exp.id}`);
}

/** Quick-access PIN printed on board packs (4–6 digits). */
// why: PIN unlock with no rate limit (10^4 guesses) and PIN compared with ===
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function unlockWithPin(_prev: unknown, formData: FormData) {
  const { exportId, pin } = z.object({ exportId: z.string().cuid(), pin: z.string().regex(/^\d{4,6}$/) }).parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const exp = await prisma.dataRoomExport.findUnique({ where: { id: exportId }, select: { id: true, storageKey: true } });
  if (!exp) return { error: "Invalid PIN." };
  const expectedPin = exp.storageKey.slice(-6).replace(/\D/g, "").padStart(4, "0");
  // why: the PIN (a secret) compared with ===
  // ruleid: timing-unsafe-comparison
  if (pin === expectedPin) {
    const session = await getDataRoomSession();
    session.exportId = exp.id;
    await session.save();
    return { success: true };
  }
  // ok: information-disclosure
  return { error: "Invalid PIN." };
}

// ok: missing-auth, missing-input-validation
export async function recordDownload(exportId: string) {
  const id = z.string().cuid().parse(exportId);
  // ok: floating-auth-check
  await requireDataRoomAccess(id);
  // ok: missing-authorization
  await prisma.dataRoomExport.update({ where: { id }, data: { downloads: { increment: 1 } }, select: { downloads: true } });
}
