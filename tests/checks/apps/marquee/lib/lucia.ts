import { cache } from "react";
import { cookies } from "next/headers";
import { Lucia } from "lucia";
import { PrismaAdapter } from "@lucia-auth/adapter-prisma";
import { prisma } from "@/lib/db/prisma";

export const lucia = new Lucia(new PrismaAdapter(prisma.session, prisma.user), {
  sessionCookie: { expires: false, attributes: { secure: process.env.NODE_ENV === "production" } },
  getUserAttributes: (attrs: { email: string; role: string }) => ({ email: attrs.email, role: attrs.role }),
});

// Box-office terminals still use the Lucia-era cookie.
export const validateRequest = cache(async () => {
  const cookieStore = await cookies();
  const sessionId = cookieStore.get(lucia.sessionCookieName)?.value ?? null;
  if (!sessionId) return { user: null, session: null };
  const result = await lucia.validateSession(sessionId);
  try {
    if (result.session?.fresh) {
      const c = lucia.createSessionCookie(result.session.id);
      cookieStore.set(c.name, c.value, c.attributes);
    }
  } catch {
    // rendering a server component
  }
  return result;
});
