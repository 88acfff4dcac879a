"use server";

import { eq } from "drizzle-orm";
import { z } from "zod";
import { redirect } from "next/navigation";
import { auth, clerkClient, currentUser } from "@clerk/nextjs/server";
import { db } from "@/lib/db";
import { members, subscriptions } from "@/db/schema";
import { getCurrentMember } from "@/lib/dal";
import { profileSchema, memberPatchSchema } from "@/lib/validators";
import { recordActivity } from "@/lib/activity";
import { assertRateLimit } from "@/lib/ratelimit";
import { hashToken } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation
export async function updateProfile(input: z.infer<typeof profileSchema>) {
  const me = await getCurrentMember();
  const data = profileSchema.parse(input);
  // ok: mass-assignment, missing-authorization
  await db.update(members).set(data).where(eq(members.id, me.id));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation // ruleid: missing-audit-log
export async function patchMember(input: unknown) {
  const me = await getCurrentMember();
  const data = memberPatchSchema.parse(input);
  // ruleid: mass-assignment
  await db.update(members).set(data).where(eq(members.id, me.id));
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateDietaryNotes(notes: string) {
  const me = await getCurrentMember();
  // ok: missing-authorization, mass-assignment
  await db.update(members).set({ dietaryNotes: notes }).where(eq(members.id, me.id));
}

// ok: missing-auth, missing-input-validation
export async function updateProfileFor(userId: string | undefined, input: z.infer<typeof profileSchema>) {
  const me = await getCurrentMember();
  const data = profileSchema.parse(input);
  const target = z.string().uuid().optional().parse(userId) ?? me.id;
  // ruleid: missing-authorization
  await db.update(members).set(data).where(eq(members.id, target));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteMyAccount() {
  const { userId } = await auth.protect();
  await db.update(subscriptions).set({ status: "cancelled" }).where(eq(subscriptions.memberId, (await getCurrentMember()).id));
  // ok: missing-authorization
  await db.delete(members).where(eq(members.clerkUserId, userId));
  const client = await clerkClient();
  await client.users.deleteUser(userId);
  await recordActivity({ actorId: userId, action: "account.deleted" });
  redirect("/");
}

// ok: missing-input-validation
// ruleid: missing-auth, missing-audit-log
export async function deleteMyAccountFast() {
  // ruleid: floating-auth-check
  auth.protect();
  const user = await currentUser();
  const client = await clerkClient();
  await client.users.deleteUser(user!.id);
  await db.delete(members).where(eq(members.clerkUserId, user!.id));
  redirect("/");
}

const emailSchema = z.object({ email: z.string().email() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function changeEmail(input: z.infer<typeof emailSchema>) {
  const me = await getCurrentMember();
  const { email } = emailSchema.parse(input);
  await assertRateLimit(`email-change:${me.id}`);
  // ok: missing-authorization, mass-assignment
  await db.update(members).set({ email }).where(eq(members.id, me.id));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function myProfile() {
  const me = await getCurrentMember();
  const [row] = await db.select().from(members).where(eq(members.id, me.id)).limit(1);
  // ruleid: excessive-data-exposure
  return row;
}

// ok: missing-auth, missing-input-validation // todook: missing-audit-log -- (ambiguous: a pick-up PIN that doubles as a sign-in code)
export async function rotatePickupPin() {
  const me = await getCurrentMember();
  const pin = String(Math.floor(100000 + Math.random() * 900000));
  await db.update(members).set({ pickupPin: hashToken(pin) }).where(eq(members.id, me.id));
  // ok: excessive-data-exposure
  return { pin };
}
