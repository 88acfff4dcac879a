import { Lucia } from "lucia";
import { cookies } from "next/headers";
import { cache } from "react";

declare const adapter: any;

export const lucia = new Lucia(adapter, { sessionCookie: { attributes: { secure: true } } });

// Depot kiosk tablets still sign in through the old Lucia session table.
export const validateRequest = cache(async () => {
  const store = await cookies();
  const sessionId = store.get(lucia.sessionCookieName)?.value ?? null;
  if (!sessionId) return { user: null, session: null };
  return lucia.validateSession(sessionId);
});
