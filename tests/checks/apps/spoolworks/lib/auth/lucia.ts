import "server-only";
import { Lucia, type Session, type User } from "lucia";
import { NodePostgresAdapter } from "@lucia-auth/adapter-postgresql";
import { cookies } from "next/headers";
import { cache } from "react";
import { pool } from "@/lib/db/pg";

const adapter = new NodePostgresAdapter(pool, { user: "shop_users", session: "shop_sessions" });

export const lucia = new Lucia(adapter, {
  sessionCookie: { expires: false, attributes: { secure: process.env.NODE_ENV === "production" } },
  getUserAttributes: (attrs) => ({ email: attrs.email, displayName: attrs.display_name }),
});

declare module "lucia" {
  interface Register {
    Lucia: typeof lucia;
    DatabaseUserAttributes: { email: string; display_name: string };
  }
}

// Shop console sessions (print-farm staff).
export const validateRequest = cache(
  async (): Promise<{ user: User; session: Session } | { user: null; session: null }> => {
    const sessionId = (await cookies()).get(lucia.sessionCookieName)?.value ?? null;
    if (!sessionId) return { user: null, session: null };
    const result = await lucia.validateSession(sessionId);
    try {
      if (result.session?.fresh) {
        const c = lucia.createSessionCookie(result.session.id);
        (await cookies()).set(c.name, c.value, c.attributes);
      }
      if (!result.session) {
        const c = lucia.createBlankSessionCookie();
        (await cookies()).set(c.name, c.value, c.attributes);
      }
    } catch {}
    return result;
  },
);

export async function requireShopUser() {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  return user;
}
