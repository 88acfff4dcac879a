import { Lucia } from "lucia";
import { PrismaAdapter } from "@lucia-auth/adapter-prisma";
import { cookies } from "next/headers";
import { cache } from "react";
import { prisma } from "@/lib/db/prisma";

// Volunteer portal sessions (kept from the original volunteer app)
const adapter = new PrismaAdapter(prisma.session as never, prisma.user as never);

export const lucia = new Lucia(adapter, {
  sessionCookie: { attributes: { secure: process.env.NODE_ENV === "production" } },
  getUserAttributes: (attrs: { email: string; name: string | null }) => ({ email: attrs.email, name: attrs.name }),
});

export const validateRequest = cache(async () => {
  const sessionId = (await cookies()).get(lucia.sessionCookieName)?.value ?? null;
  if (!sessionId) return { user: null, session: null };
  const result = await lucia.validateSession(sessionId);
  try {
    if (result.session?.fresh) {
      const c = lucia.createSessionCookie(result.session.id);
      (await cookies()).set(c.name, c.value, c.attributes);
    }
  } catch {
    // called from a server component
  }
  return result;
});
