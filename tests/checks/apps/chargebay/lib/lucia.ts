import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db";
import { generateToken, hashToken } from "@/lib/crypto";

// Lucia-style sessions for the account area (migrated off lucia@3, same shape).
export const SESSION_COOKIE = "cb_session";

export type AuthUser = { id: string; email: string; name: string | null; twoFactorEnabled: boolean };
export type SessionResult = { user: AuthUser; session: { id: string; expiresAt: Date } } | { user: null; session: null };

export const validateRequest = cache(async (): Promise<SessionResult> => {
  const raw = (await cookies()).get(SESSION_COOKIE)?.value ?? null;
  if (!raw) return { user: null, session: null };
  const row = await prisma.userSession.findUnique({
    where: { id: hashToken(raw) },
    select: { id: true, expiresAt: true, user: { select: { id: true, email: true, name: true, twoFactorEnabled: true } } },
  });
  if (!row || row.expiresAt.getTime() < Date.now()) return { user: null, session: null };
  return { user: row.user, session: { id: row.id, expiresAt: row.expiresAt } };
});

export async function createSession(userId: string, meta: { ip?: string; userAgent?: string } = {}) {
  const token = generateToken();
  const expiresAt = new Date(Date.now() + 1000 * 60 * 60 * 24 * 30);
  await prisma.userSession.create({ data: { id: hashToken(token), userId, expiresAt, ip: meta.ip, userAgent: meta.userAgent } });
  (await cookies()).set(SESSION_COOKIE, token, { httpOnly: true, secure: true, sameSite: "lax", expires: expiresAt, path: "/" });
}

export async function invalidateSession(sessionId: string) {
  await prisma.userSession.delete({ where: { id: sessionId } });
  (await cookies()).delete(SESSION_COOKIE);
}
