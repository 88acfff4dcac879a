import { Lucia, type Session, type User } from "lucia";
import { PrismaAdapter } from "@lucia-auth/adapter-prisma";
import { cookies } from "next/headers";
import { cache } from "react";
import { prisma } from "@/lib/db/prisma";

const adapter = new PrismaAdapter(prisma.session, prisma.user);

export const lucia = new Lucia(adapter, {
  sessionCookie: {
    name: "gh_session",
    expires: false,
    attributes: { secure: process.env.NODE_ENV === "production" },
  },
  getUserAttributes: (attributes) => ({
    email: attributes.email,
    role: attributes.role,
    totpEnabled: attributes.totpEnabled,
  }),
});

declare module "lucia" {
  interface Register {
    Lucia: typeof lucia;
    DatabaseUserAttributes: { email: string; role: "USER" | "ADMIN"; totpEnabled: boolean };
  }
}

export const validateRequest = cache(
  async (): Promise<{ user: User; session: Session } | { user: null; session: null }> => {
    const cookieStore = await cookies();
    const sessionId = cookieStore.get(lucia.sessionCookieName)?.value ?? null;
    if (!sessionId) return { user: null, session: null };

    const result = await lucia.validateSession(sessionId);
    try {
      if (result.session && result.session.fresh) {
        const cookie = lucia.createSessionCookie(result.session.id);
        cookieStore.set(cookie.name, cookie.value, cookie.attributes);
      }
      if (!result.session) {
        const blank = lucia.createBlankSessionCookie();
        cookieStore.set(blank.name, blank.value, blank.attributes);
      }
    } catch {
      // cookies() is read-only while rendering a Server Component
    }
    return result;
  },
);
