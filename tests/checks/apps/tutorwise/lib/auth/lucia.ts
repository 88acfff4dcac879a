import { Lucia } from "lucia";
import { cookies } from "next/headers";
import { cache } from "react";
import { adapter } from "./lucia-adapter";

export const lucia = new Lucia(adapter, {
  sessionCookie: { expires: false, attributes: { secure: process.env.NODE_ENV === "production" } },
  getUserAttributes: (a: { email: string; role: string }) => ({ email: a.email, role: a.role }),
});

// tutor back-office (the old Lucia stack, kept for /tutor routes)
export const validateRequest = cache(async () => {
  const cookieStore = await cookies();
  const sessionId = cookieStore.get(lucia.sessionCookieName)?.value ?? null;
  if (!sessionId) return { user: null, session: null };
  const result = await lucia.validateSession(sessionId);
  return result;
});
