import { Lucia } from "lucia";
import { PrismaAdapter } from "@lucia-auth/adapter-prisma";
import { cookies } from "next/headers";
import { cache } from "react";
import { prisma } from "@/lib/db/prisma";

const adapter = new PrismaAdapter(prisma.installerSession, prisma.installer);

export const lucia = new Lucia(adapter, {
  sessionCookie: { name: "tw_installer", expires: false, attributes: { secure: process.env.NODE_ENV === "production" } },
  getUserAttributes: (attrs: { email: string; company: string; coopId: string }) => ({
    email: attrs.email,
    company: attrs.company,
    coopId: attrs.coopId,
  }),
});

export const validateRequest = cache(async () => {
  const sessionId = (await cookies()).get(lucia.sessionCookieName)?.value ?? null;
  if (!sessionId) return { user: null, session: null };
  return lucia.validateSession(sessionId);
});

// Installer portal guard: throws without a valid installer session.
export async function requireInstaller() {
  const { user } = await validateRequest();
  if (!user) throw new Error("Installer sign-in required");
  return user;
}

// Async: an installer may only touch sites with a work order assigned to them.
export async function canAccessSite(installerId: string, siteId: string): Promise<boolean> {
  const order = await prisma.workOrder.findFirst({ where: { siteId, installerId }, select: { id: true } });
  return order !== null;
}
