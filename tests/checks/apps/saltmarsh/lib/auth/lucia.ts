import { Lucia, type Session, type User } from "lucia";
import { PostgresJsAdapter } from "@lucia-auth/adapter-postgresql";
import { cookies } from "next/headers";
import { cache } from "react";
import { sql } from "@/lib/db/sql";

const adapter = new PostgresJsAdapter(sql, { user: "users", session: "sessions" });

export const lucia = new Lucia(adapter, {
  sessionCookie: { name: "sm_lucia", attributes: { secure: process.env.NODE_ENV === "production" } },
  getUserAttributes: (a: { email: string; role: string }) => ({ email: a.email, role: a.role }),
});

export const validateRequest = cache(
  async (): Promise<{ user: User; session: Session } | { user: null; session: null }> => {
    const sessionId = (await cookies()).get(lucia.sessionCookieName)?.value ?? null;
    if (!sessionId) return { user: null, session: null };
    const result = await lucia.validateSession(sessionId);
    try {
      if (result.session && result.session.fresh) {
        const c = lucia.createSessionCookie(result.session.id);
        (await cookies()).set(c.name, c.value, c.attributes);
      }
    } catch {}
    return result;
  },
);
