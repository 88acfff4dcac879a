import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/prisma";
import { hashToken } from "@/lib/crypto";

export const SESSION_COOKIE = "fn_session";

export type AppSession = {
  sessionId: string;
  workspaceId: string;
  user: { id: string; email: string; name: string | null; role: "OWNER" | "ADMIN" | "DISPATCHER" | "TECHNICIAN" };
};

/** Data-access layer entry: reads the opaque session cookie and resolves it against the sessions table. */
export const getCurrentSession = cache(async (): Promise<AppSession | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;

  const row = await prisma.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      workspaceId: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true } },
    },
  });
  if (!row || row.expiresAt.getTime() < Date.now()) return null;

  return { sessionId: row.id, workspaceId: row.workspaceId, user: row.user };
});

export async function getCurrentUser() {
  const session = await getCurrentSession();
  return session?.user ?? null;
}

export async function requireUser(): Promise<AppSession> {
  const session = await getCurrentSession();
  if (!session) redirect("/login");
  return session;
}

export async function createSession(userId: string, workspaceId: string, userAgent?: string | null) {
  const { generateToken } = await import("@/lib/crypto");
  const token = generateToken();
  await prisma.session.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      workspaceId,
      userAgent: userAgent ?? null,
      expiresAt: new Date(Date.now() + 1000 * 60 * 60 * 24 * 30),
    },
  });
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: process.env.NODE_ENV === "production",
    sameSite: "lax",
    path: "/",
    maxAge: 60 * 60 * 24 * 30,
  });
}

export async function destroySession() {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await prisma.session.deleteMany({ where: { tokenHash: hashToken(token) } });
  jar.delete(SESSION_COOKIE);
}
