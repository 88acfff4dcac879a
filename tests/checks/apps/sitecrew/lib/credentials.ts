import "server-only";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/prisma";

export type CredentialResult =
  | { ok: true; userId: string; totpEnabled: boolean }
  | { ok: false; reason: "invalid" | "locked" };

export async function verifyCredentials(email: string, password: string): Promise<CredentialResult> {
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, totpEnabled: true, lockedUntil: true },
  });
  if (!user?.passwordHash) {
    await bcrypt.compare(password, "$2a$12$C6UzMDM.H6dfI/f/IKcEeO5mV7lS4i0FZ3y1sWq8dC8GkqY0y1Q2a");
    return { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) return { ok: false, reason: "locked" };
  // ok: timing-unsafe-comparison
  const valid = await bcrypt.compare(password, user.passwordHash);
  if (!valid) {
    await prisma.user.update({ where: { id: user.id }, data: { failedLogins: { increment: 1 } } });
    return { ok: false, reason: "invalid" };
  }
  return { ok: true, userId: user.id, totpEnabled: user.totpEnabled };
}
