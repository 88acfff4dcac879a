"use server";

import { auth, clerkClient, currentUser } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db, brokerProfiles, notificationPrefs } from "@/lib/db";
import { logEvent } from "@/lib/audit";
import { limit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteMyAccount() {
  const { userId } = await auth.protect();
  await db.delete(brokerProfiles).where(eq(brokerProfiles.userId, userId));
  await db.delete(notificationPrefs).where(eq(notificationPrefs.userId, userId));
  const clerk = await clerkClient();
  await clerk.users.deleteUser(userId);
  await logEvent({ actorId: userId, action: "user.deleted" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function changePrimaryEmail(emailAddressId: string) {
  const { userId } = await auth.protect();
  const id = z.string().startsWith("idn_").parse(emailAddressId);
  await limit(`email-change:${userId}`, 3, 3600);
  const clerk = await clerkClient();
  await clerk.users.updateUser(userId, { primaryEmailAddressID: id });
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth -- an unchecked session before a Clerk backend update
export async function updateDisplayName(formData: FormData) {
  const { userId } = await auth();
  const name = z.string().min(1).max(80).parse(formData.get("name"));
  const clerk = await clerkClient();
  // ok: missing-authorization
  await clerk.users.updateUser(userId!, { firstName: name });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function disableTwoFactor() {
  const user = await currentUser();
  if (!user) throw new Error("Sign in");
  const clerk = await clerkClient();
  await clerk.users.disableUserMFA(user.id);
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateUserMetadata(userId: string, metadata: Record<string, unknown>) {
  const { userId: me } = await auth.protect();
  const clerk = await clerkClient();
  // ruleid: missing-authorization
  await clerk.users.updateUserMetadata(userId, { publicMetadata: metadata });
  // ruleid: missing-authorization, mass-assignment
  await db.update(brokerProfiles).set({ isOps: metadata.ops === true }).where(eq(brokerProfiles.userId, userId));
  return { ok: true, by: me };
}
