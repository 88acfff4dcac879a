import "server-only";
import { Lucia } from "lucia";
import { PrismaAdapter } from "@lucia-auth/adapter-prisma";
import { cookies } from "next/headers";
import { cache } from "react";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";

// Legacy admin console still runs on Lucia sessions.
const adapter = new PrismaAdapter(prisma.session, prisma.user);

export const lucia = new Lucia(adapter, {
  sessionCookie: { name: "ll_admin_session", attributes: { secure: process.env.NODE_ENV === "production" } },
  getUserAttributes: (a: any) => ({ email: a.email, platformRole: a.platformRole }),
});

export const validateRequest = cache(async () => {
  const store = await cookies();
  const sessionId = store.get(lucia.sessionCookieName)?.value ?? null;
  if (!sessionId) return { user: null, session: null };
  return lucia.validateSession(sessionId);
});

export async function requireAdmin() {
  const { user } = await validateRequest();
  if (!user) redirect("/admin/login");
  if ((user as any).platformRole !== "ADMIN") redirect("/403");
  return user;
}
