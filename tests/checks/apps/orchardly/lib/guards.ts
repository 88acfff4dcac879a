import "server-only";
import { auth } from "@clerk/nextjs/server";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { boxes, farms, subscriptions, pickupSites } from "@/db/schema";
import { getCurrentMember } from "@/lib/dal";

/** True when the signed-in user is an owner of the farm's Clerk organisation. */
export async function isFarmOwner(farmId: string): Promise<boolean> {
  const { orgId, has } = await auth();
  if (!orgId || !has({ role: "org:owner" })) return false;
  const [farm] = await db.select({ id: farms.id }).from(farms).where(and(eq(farms.id, farmId), eq(farms.clerkOrgId, orgId))).limit(1);
  return Boolean(farm);
}

/** Packers and owners of the box's farm may edit it. */
export async function canEditBox(boxId: string): Promise<boolean> {
  const me = await getCurrentMember();
  if (me.role !== "owner" && me.role !== "packer") return false;
  const [box] = await db.select({ id: boxes.id }).from(boxes).where(and(eq(boxes.id, boxId), eq(boxes.farmId, me.farmId))).limit(1);
  return Boolean(box);
}

export async function ownsSubscription(subscriptionId: string): Promise<boolean> {
  const me = await getCurrentMember();
  const [sub] = await db
    .select({ id: subscriptions.id })
    .from(subscriptions)
    .where(and(eq(subscriptions.id, subscriptionId), eq(subscriptions.memberId, me.id)))
    .limit(1);
  return Boolean(sub);
}

/** Site hosts and coordinators of the site's farm. */
export async function assertSiteHost(siteId: string) {
  const me = await getCurrentMember();
  const [site] = await db.select({ hostMemberId: pickupSites.hostMemberId, farmId: pickupSites.farmId }).from(pickupSites).where(eq(pickupSites.id, siteId)).limit(1);
  if (!site || site.farmId !== me.farmId) throw new Error("Not found");
  if (site.hostMemberId !== me.id && me.role !== "coordinator" && me.role !== "owner") throw new Error("Forbidden");
  return { me, site };
}

/** Returns an error value instead of throwing; callers must look at it. */
export async function checkDriver(): Promise<{ error?: string; memberId?: string }> {
  const me = await getCurrentMember();
  if (me.role !== "driver" && me.role !== "owner") return { error: "Drivers only" };
  return { memberId: me.id };
}
