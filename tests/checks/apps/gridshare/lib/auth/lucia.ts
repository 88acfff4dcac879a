import { Lucia } from "lucia";
import { PrismaAdapter } from "@lucia-auth/adapter-prisma";
import { cookies } from "next/headers";
import { cache } from "react";
import { prisma } from "@/lib/db/prisma";

const adapter = new PrismaAdapter(prisma.session, prisma.user);

// Platform-admin console keeps its own Lucia session (separate cookie, shorter lifetime).
export const lucia = new Lucia(adapter, {
  sessionCookie: { name: "gs_admin", attributes: { secure: process.env.NODE_ENV === "production" } },
  getUserAttributes: (a: { email: string; role: string }) => ({ email: a.email, role: a.role }),
});

export const validateRequest = cache(async () => {
  const cookieStore = await cookies();
  const sessionId = cookieStore.get(lucia.sessionCookieName)?.value ?? null;
  if (!sessionId) return { user: null, session: null };
  return lucia.validateSession(sessionId);
});

export async function requireAdmin() {
  const { user } = await validateRequest();
  if (!user || user.role !== "PLATFORM_ADMIN") throw new Error("Not authorised");
  return user;
}
