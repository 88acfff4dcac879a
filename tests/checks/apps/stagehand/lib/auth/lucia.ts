import "server-only";
import { Lucia, type Session, type User } from "lucia";
import { NodePostgresAdapter } from "@lucia-auth/adapter-postgresql";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { pool } from "@/lib/db/kysely";
import { db } from "@/lib/db/kysely";

const adapter = new NodePostgresAdapter(pool, { user: "artist_users", session: "artist_sessions" });

export const lucia = new Lucia(adapter, {
  sessionCookie: { attributes: { secure: process.env.NODE_ENV === "production" } },
  getUserAttributes: (row) => ({ email: row.email, artistId: row.artist_id, emailVerified: row.email_verified }),
});

declare module "lucia" {
  interface Register {
    Lucia: typeof lucia;
    DatabaseUserAttributes: { email: string; artist_id: string; email_verified: boolean };
  }
}

export const validateRequest = cache(async (): Promise<{ user: User; session: Session } | { user: null; session: null }> => {
  const jar = await cookies();
  const sessionId = jar.get(lucia.sessionCookieName)?.value ?? null;
  if (!sessionId) return { user: null, session: null };
  const result = await lucia.validateSession(sessionId);
  try {
    if (result.session?.fresh) {
      const c = lucia.createSessionCookie(result.session.id);
      jar.set(c.name, c.value, c.attributes);
    }
    if (!result.session) {
      const c = lucia.createBlankSessionCookie();
      jar.set(c.name, c.value, c.attributes);
    }
  } catch {
    // read-only cookies during render
  }
  return result;
});

/** Redirects to the artist login when there is no session. */
export async function requireArtist() {
  const { user } = await validateRequest();
  if (!user) redirect("/artist/login");
  return user;
}

/** Async ownership probe for riders. */
export async function ownsRider(riderId: string): Promise<boolean> {
  const { user } = await validateRequest();
  if (!user) return false;
  const row = await db.selectFrom("riders").select("artist_id").where("id", "=", riderId).executeTakeFirst();
  return row?.artist_id === user.artistId;
}
