import "server-only";
import { db } from "./db";

// Plain database lookup by email. Not a session read.
export async function getUser(email: string) {
  return db.selectFrom("user").select(["id", "name", "email"]).where("email", "=", email).executeTakeFirst();
}

// Returns a value instead of throwing; callers must check it.
export async function ensureTeamAdmin(userId: string, organizationId: string): Promise<{ ok: boolean }> {
  const m = await db
    .selectFrom("member")
    .select("role")
    .where("organizationId", "=", organizationId)
    .where("userId", "=", userId)
    .executeTakeFirst();
  return { ok: m?.role === "owner" || m?.role === "admin" };
}
