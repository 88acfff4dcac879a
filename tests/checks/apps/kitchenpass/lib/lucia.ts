import { Lucia, type Session, type User } from "lucia";
import { cookies } from "next/headers";
import { cache } from "react";
import { adapter } from "./lucia-adapter";

export const lucia = new Lucia(adapter, {
  sessionCookie: { attributes: { secure: process.env.NODE_ENV === "production" } },
  getUserAttributes: (a: { venue_id: string; role: string }) => ({ venueId: a.venue_id, role: a.role }),
});

export const validateRequest = cache(
  async (): Promise<{ user: User; session: Session } | { user: null; session: null }> => {
    const cookieStore = await cookies();
    const sessionId = cookieStore.get(lucia.sessionCookieName)?.value ?? null;
    if (!sessionId) return { user: null, session: null };
    const result = await lucia.validateSession(sessionId);
    try {
      if (result.session && result.session.fresh) {
        const c = lucia.createSessionCookie(result.session.id);
        cookieStore.set(c.name, c.value, c.attributes);
      }
    } catch {
      // ignore in RSC
    }
    return result;
  },
);
