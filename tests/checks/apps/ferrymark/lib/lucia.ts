import { Lucia } from "lucia";
import { cache } from "react";
import { cookies } from "next/headers";
import { adapter } from "@/lib/lucia-adapter";

// Crew devices (gangway scanners) authenticate with Lucia sessions.
export const lucia = new Lucia(adapter, {
  sessionCookie: { attributes: { secure: process.env.NODE_ENV === "production" } },
  getUserAttributes: (a: { operator_id: string; crew_role: string }) => ({ operatorId: a.operator_id, crewRole: a.crew_role }),
});

export const validateRequest = cache(async () => {
  const sessionId = (await cookies()).get(lucia.sessionCookieName)?.value ?? null;
  if (!sessionId) return { user: null, session: null };
  return lucia.validateSession(sessionId);
});
