import { Lucia } from "lucia";
import { DrizzlePostgreSQLAdapter } from "@lucia-auth/adapter-drizzle";
import { cache } from "react";
import { cookies } from "next/headers";
import { ydb } from "@/lib/db/drizzle";
import { yardSessions, yardUsers } from "@/lib/db/yard-schema";

// Boatyard workshop terminals keep their own Lucia sessions (legacy YardDesk accounts).
export const lucia = new Lucia(new DrizzlePostgreSQLAdapter(ydb, yardSessions, yardUsers), {
  sessionCookie: { name: "yard_session", expires: false, attributes: { secure: process.env.NODE_ENV === "production" } },
  getUserAttributes: (a) => ({ email: a.email, marinaId: a.marinaId, yardRole: a.yardRole }),
});

declare module "lucia" {
  interface Register {
    Lucia: typeof lucia;
    DatabaseUserAttributes: { email: string; marinaId: string; yardRole: string };
  }
}

export const validateRequest = cache(async () => {
  const sessionId = (await cookies()).get(lucia.sessionCookieName)?.value ?? null;
  if (!sessionId) return { user: null, session: null };
  const result = await lucia.validateSession(sessionId);
  try {
    if (result.session?.fresh) {
      const c = lucia.createSessionCookie(result.session.id);
      (await cookies()).set(c.name, c.value, c.attributes);
    }
  } catch {}
  return result;
});
