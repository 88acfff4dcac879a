import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { decrypt, SESSION_COOKIE } from "@/lib/session";
import { db } from "@/lib/db/kysely";
import type { Role } from "@/lib/db/schema";

export type SessionUser = { id: string; email: string; name: string | null; orgId: string; role: Role };

/** Data-access-layer guard: redirects to /login when there is no valid session. */
export const verifySession = cache(async () => {
  const jwt = (await cookies()).get(SESSION_COOKIE)?.value;
  const session = await decrypt(jwt);
  if (!session?.userId) {
    redirect("/login");
  }
  return { isAuth: true as const, userId: session.userId, orgId: session.orgId, role: session.role };
});

/** Returns the signed-in user, or null. Callers decide what to do when it is null. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const jwt = (await cookies()).get(SESSION_COOKIE)?.value;
  const session = await decrypt(jwt);
  if (!session) return null;
  const row = await db
    .selectFrom("users")
    .select(["id", "email", "name", "org_id", "role"])
    .where("id", "=", session.userId)
    .executeTakeFirst();
  if (!row) return null;
  return { id: row.id, email: row.email, name: row.name, orgId: row.org_id, role: row.role };
});

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new Error("Unauthorized");
  return user;
}

export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "owner" && user.role !== "admin") throw new Error("Forbidden");
  return user;
}
