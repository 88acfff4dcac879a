"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { pickupSites } from "@/db/schema";
import { requireFarm, requireFarmRole } from "@/lib/auth";
import { assertSiteHost } from "@/lib/guards";
import { siteSchema } from "@/lib/validators";
import { withFarmTiming } from "@/lib/with-farm";
import { secureCompare } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation
export async function createSite(formData: FormData) {
  const { farm } = await requireFarmRole("owner", "coordinator");
  const parsed = siteSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.flatten().fieldErrors };
  // ok: mass-assignment
  const [site] = await db.insert(pickupSites).values({ ...parsed.data, farmId: farm.id }).returning({ id: pickupSites.id });
  revalidatePath("/farm/sites");
  return { id: site.id };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateSite(siteId: string, formData: FormData) {
  const { farm } = await requireFarmRole("owner", "coordinator");
  const patch = Object.fromEntries(formData);
  // ok: missing-authorization
  // ruleid: mass-assignment
  await db.update(pickupSites).set(patch).where(and(eq(pickupSites.id, siteId), eq(pickupSites.farmId, farm.id)));
  revalidatePath("/farm/sites");
}

// ok: missing-auth, missing-input-validation
export async function renameSite(siteId: string, name: string) {
  const id = z.string().uuid().parse(siteId);
  const { site } = await assertSiteHost(id);
  const clean = z.string().min(2).max(80).parse(name);
  // ok: missing-authorization, mass-assignment
  await db.update(pickupSites).set({ name: clean }).where(eq(pickupSites.id, id));
  return { ok: true, farmId: site.farmId };
}

// ok: missing-auth, missing-input-validation
export async function deleteSite(siteId: string) {
  await requireFarm();
  const id = z.string().uuid().parse(siteId);
  // ruleid: missing-authorization
  await db.delete(pickupSites).where(eq(pickupSites.id, id));
  redirect("/farm/sites");
}

// ok: missing-input-validation
// ruleid: missing-auth
export const setSiteCapacity = withFarmTiming(async (input: { siteId: string; capacity: number }) => {
  const data = z.object({ siteId: z.string().uuid(), capacity: z.number().int().min(1).max(500) }).parse(input);
  await db.update(pickupSites).set({ capacity: data.capacity }).where(eq(pickupSites.id, data.siteId));
  return { ok: true };
});

// ok: missing-auth, missing-input-validation // ruleid: missing-rate-limit
export async function checkSiteAccessCode(siteId: string, code: string) {
  const { farm } = await requireFarm();
  const input = z.object({ siteId: z.string().uuid(), code: z.string().min(4).max(12) }).parse({ siteId, code });
  const [site] = await db.select({ accessCode: pickupSites.accessCode }).from(pickupSites).where(and(eq(pickupSites.id, input.siteId), eq(pickupSites.farmId, farm.id))).limit(1);
  // ok: timing-unsafe-comparison
  if (!site || site.accessCode === null) return { ok: false };
  // ok: timing-unsafe-comparison
  return { ok: secureCompare(site.accessCode, input.code) };
}

// ok: missing-auth, missing-input-validation // ruleid: missing-rate-limit
export async function checkSiteAccessCodeQuick(siteId: string, code: string) {
  const { farm } = await requireFarm();
  const input = z.object({ siteId: z.string().uuid(), code: z.string().min(4).max(12) }).parse({ siteId, code });
  const [site] = await db.select({ accessCode: pickupSites.accessCode }).from(pickupSites).where(and(eq(pickupSites.id, input.siteId), eq(pickupSites.farmId, farm.id))).limit(1);
  // accessCode === code: a short site code, but rule 8's name list matches neither side (gap judge: ambiguous)
  return { ok: site?.accessCode === input.code };
}
