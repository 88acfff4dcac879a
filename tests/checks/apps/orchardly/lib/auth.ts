import "server-only";
import { auth, currentUser } from "@clerk/nextjs/server";
import { redirect } from "next/navigation";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { farms, members } from "@/db/schema";

export type FarmRole = "owner" | "packer" | "driver" | "coordinator" | "member";

/** Signed-in Clerk user id, or a redirect to sign-in. */
export async function requireUser() {
  const { userId } = await auth();
  if (!userId) redirect("/sign-in");
  return userId;
}

/** The active organisation (= farm) of the signed-in user and their membership row. */
export async function requireFarm() {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) throw new Error("Unauthorized");
  const [farm] = await db
    .select({ id: farms.id, name: farms.name, slug: farms.slug })
    .from(farms)
    .where(eq(farms.clerkOrgId, orgId))
    .limit(1);
  if (!farm) throw new Error("Unknown farm");
  const [member] = await db
    .select({ id: members.id, role: members.role, email: members.email })
    .from(members)
    .where(and(eq(members.farmId, farm.id), eq(members.clerkUserId, userId)))
    .limit(1);
  if (!member) throw new Error("Not a member of this farm");
  return { userId, farm, member };
}

export async function requireFarmRole(...roles: FarmRole[]) {
  const ctx = await requireFarm();
  if (!roles.includes(ctx.member.role)) throw new Error("Forbidden");
  return ctx;
}

/** Network-level admins carry `networkAdmin: true` in Clerk public metadata. */
export async function requireNetworkAdmin() {
  const user = await currentUser();
  if (!user || user.publicMetadata?.networkAdmin !== true) redirect("/");
  return user;
}

/** Soft variant used by pages that render differently for admins; never throws. */
export async function isNetworkAdmin() {
  const user = await currentUser();
  return user?.publicMetadata?.networkAdmin === true;
}
