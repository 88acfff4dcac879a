import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { Lucia } from "lucia";
import { adapter } from "@/lib/lucia-adapter";

export const lucia = new Lucia(adapter, { sessionCookie: { attributes: { secure: true } } });

export const validateRequest = cache(async () => {
  const sessionId = (await cookies()).get(lucia.sessionCookieName)?.value ?? null;
  if (!sessionId) return { user: null, session: null };
  return lucia.validateSession(sessionId);
});
