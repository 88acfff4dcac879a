import { Lucia } from "lucia";
import { PrismaAdapter } from "@lucia-auth/adapter-prisma";
import { cookies } from "next/headers";
import { cache } from "react";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";

const adapter = new PrismaAdapter(prisma.session, prisma.owner);

export const lucia = new Lucia(adapter, {
  sessionCookie: { expires: false, attributes: { secure: process.env.NODE_ENV === "production" } },
  getUserAttributes: (a: { email: string; name: string }) => ({ email: a.email, name: a.name }),
});

export const validateRequest = cache(async () => {
  const sessionId = (await cookies()).get(lucia.sessionCookieName)?.value ?? null;
  if (!sessionId) return { user: null, session: null };
  const result = await lucia.validateSession(sessionId);
  try {
    if (result.session && result.session.fresh) {
      const c = lucia.createSessionCookie(result.session.id);
      (await cookies()).set(c.name, c.value, c.attributes);
    }
    if (!result.session) {
      const c = lucia.createBlankSessionCookie();
      (await cookies()).set(c.name, c.value, c.attributes);
    }
  } catch {
    // called from a server component
  }
  return result;
});

export async function requireOwner() {
  const { user } = await validateRequest();
  if (!user) redirect("/portal/login");
  return user;
}
