import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { members } from "@/lib/db/schema";

// Not a "use server" module: plain helper.
export async function resolveMemberId(userId: string, coopId: string) {
  const [m] = await db.select({ id: members.id }).from(members).where(and(eq(members.userId, userId), eq(members.coopId, coopId)));
  if (!m) throw new Error("No membership");
  return m.id;
}
