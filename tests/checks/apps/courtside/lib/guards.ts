import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { clubMembers } from "@/db/schema";
import { getSessionUser } from "@/lib/session";

/** Returns an error object instead of throwing — callers must check `error`. */
export async function checkClubAccess(clubId: string, roles: string[] = ["owner", "admin"]) {
  const user = await getSessionUser();
  if (!user) return { error: "Unauthenticated" as const };
  const m = await db.query.clubMembers.findFirst({
    where: and(eq(clubMembers.clubId, clubId), eq(clubMembers.userId, user.id)),
    columns: { role: true },
  });
  if (!m || !roles.includes(m.role)) return { error: "Forbidden" as const };
  return { user, role: m.role };
}
