"use server";

import { eq, desc } from "drizzle-orm";
import { z } from "zod";
import { clerkClient } from "@clerk/nextjs/server";
import { db } from "@/lib/db";
import { farms, members } from "@/db/schema";
import { adminActionClient } from "@/lib/safe-action";
import { requireNetworkAdmin, isNetworkAdmin } from "@/lib/auth";
import { pauseSite } from "@/lib/reports";
import { recordActivity } from "@/lib/activity";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const suspendFarm = adminActionClient
  .metadata({ name: "suspendFarm" })
  .schema(z.object({ farmId: z.string().uuid() }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    await db.update(farms).set({ isPublic: false }).where(eq(farms.id, parsedInput.farmId));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const closeSites = adminActionClient
  .metadata({ name: "closeSites" })
  .schema(z.object({ farmId: z.string().uuid(), siteIds: z.array(z.string().uuid()).max(20) }))
  .action(async ({ parsedInput }) => {
    await pauseSite(parsedInput.farmId, parsedInput.siteIds);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function grantNetworkAdmin(userId: string) {
  await requireNetworkAdmin();
  const id = z.string().startsWith("user_").parse(userId);
  const client = await clerkClient();
  await client.users.updateUserMetadata(id, { publicMetadata: { networkAdmin: true } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function revokeNetworkAdmin(userId: string) {
  const admin = await requireNetworkAdmin();
  const id = z.string().startsWith("user_").parse(userId);
  const client = await clerkClient();
  await client.users.updateUserMetadata(id, { publicMetadata: { networkAdmin: false } });
  logger.warn({ audit: true, actor: admin.id, target: id }, "network admin revoked");
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth, missing-audit-log
export async function banUser(userId: string) {
  // ruleid: floating-auth-check
  if (!isNetworkAdmin()) throw new Error("Admins only");
  const id = z.string().startsWith("user_").parse(userId);
  const client = await clerkClient();
  await client.users.banUser(id);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function unbanUser(userId: string) {
  if (!(await isNetworkAdmin())) throw new Error("Admins only");
  const id = z.string().startsWith("user_").parse(userId);
  const client = await clerkClient();
  await client.users.unbanUser(id);
  await recordActivity({ actorId: "admin", action: "user.unbanned", meta: { id } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export const recentMembers = adminActionClient
  .metadata({ name: "recentMembers" })
  .schema(z.object({ limit: z.number().int().min(1).max(100) }))
  .action(async ({ parsedInput }) => {
    const rows = await db.select().from(members).orderBy(desc(members.createdAt)).limit(parsedInput.limit);
    // ruleid: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const farmOverview = adminActionClient
  .metadata({ name: "farmOverview" })
  .schema(z.object({}))
  .action(async () => {
    const rows = await db.select({ id: farms.id, name: farms.name, slug: farms.slug, isPublic: farms.isPublic }).from(farms);
    // ok: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const mergeMembers = adminActionClient
  .metadata({ name: "mergeMembers" })
  .schema(z.object({ keepId: z.string().uuid(), dropId: z.string().uuid() }))
  .action(async ({ parsedInput }) => {
    try {
      await db.delete(members).where(eq(members.id, parsedInput.dropId));
      return { ok: true };
    } catch (e) {
      // ruleid: information-disclosure
      return { error: `Merge failed: ${String(e)}` };
    }
  });
