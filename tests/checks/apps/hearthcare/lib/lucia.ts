import { Lucia } from "lucia";
import { NodePostgresAdapter } from "@lucia-auth/adapter-postgresql";
import { cache } from "react";
import { cookies } from "next/headers";
import { pool } from "@/lib/db/kysely";

const adapter = new NodePostgresAdapter(pool, { user: "caregiver_users", session: "caregiver_sessions" });

export const lucia = new Lucia(adapter, {
  sessionCookie: { attributes: { secure: process.env.NODE_ENV === "production" } },
  getUserAttributes: (attrs: any) => ({ email: attrs.email, agencyId: attrs.agency_id, caregiverId: attrs.caregiver_id }),
});

export const validateRequest = cache(async () => {
  const sessionId = (await cookies()).get(lucia.sessionCookieName)?.value ?? null;
  if (!sessionId) return { user: null, session: null };
  const result = await lucia.validateSession(sessionId);
  return result;
});

/** Mobile app: `Authorization: Bearer <lucia session id>`. Returns null when invalid. */
export async function authenticateBearer(req: Request) {
  const sessionId = lucia.readBearerToken(req.headers.get("authorization") ?? "");
  if (!sessionId) return null;
  const { user, session } = await lucia.validateSession(sessionId);
  if (!session) return null;
  return user as unknown as { id: string; agencyId: string; caregiverId: string };
}
