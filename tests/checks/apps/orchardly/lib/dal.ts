import "server-only";
import { cache } from "react";
import { auth } from "@clerk/nextjs/server";
import { redirect } from "next/navigation";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { members, farms } from "@/db/schema";

/** Data access layer: the signed-in member of the active farm. Redirects when signed out. */
export const getCurrentMember = cache(async () => {
  const { userId, orgId } = await auth();
  if (!userId) redirect("/sign-in");
  const [row] = await db
    .select({ id: members.id, farmId: members.farmId, role: members.role, email: members.email, fullName: members.fullName })
    .from(members)
    .innerJoin(farms, eq(farms.id, members.farmId))
    .where(and(eq(members.clerkUserId, userId), orgId ? eq(farms.clerkOrgId, orgId) : undefined))
    .limit(1);
  if (!row) redirect("/join");
  return row;
});

/** Looks a member up by e-mail. NOT a session read: used by the waiting-list and admin tools. */
export async function getMemberByEmail(email: string) {
  const [row] = await db.select({ id: members.id, farmId: members.farmId }).from(members).where(eq(members.email, email)).limit(1);
  return row ?? null;
}
