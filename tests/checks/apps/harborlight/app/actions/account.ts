"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { requireOwner, requireOwnerId } from "@/lib/auth/owner";
import { supabaseAdmin } from "@/lib/auth/supabase";
import { db, owners } from "@/lib/db";
import { ownerProfileSchema, safeOwnerProfileSchema } from "@/lib/validators";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { rateLimit } from "@/lib/rate-limit";

// ok: missing-auth, missing-input-validation
export async function updateOwnerProfile(input: unknown) {
  const ownerId = await requireOwnerId();
  const data = ownerProfileSchema.parse(input);
  // ruleid: mass-assignment
  await db.update(owners).set(data).where(eq(owners.id, ownerId));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function updateContactDetails(input: unknown) {
  const ownerId = await requireOwnerId();
  const data = safeOwnerProfileSchema.parse(input);
  // ok: mass-assignment, missing-authorization
  await db.update(owners).set(data).where(eq(owners.id, ownerId));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changeOwnerEmail(formData: FormData) {
  const { owner, supabase } = await requireOwner();
  const email = z.string().email().parse(formData.get("email"));
  await rateLimit(`email-change:${owner.id}`, 3, 3600);
  const { error } = await supabase.auth.updateUser({ email });
  // ok: information-disclosure
  if (error) return { error: "Could not change your email" };
  await auditLog({ actorId: owner.id, action: "owner.email_change_requested" });
  return { ok: "Confirm the change from your new inbox" };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function changeOwnerPassword(formData: FormData) {
  const { owner, supabase } = await requireOwner();
  const password = z.string().min(10).parse(formData.get("password"));
  await rateLimit(`pw:${owner.id}`, 3, 3600);
  try {
    await supabase.auth.updateUser({ password });
  } catch (err) {
    // ruleid: information-disclosure
    return { error: (err as Error).message };
  }
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function deleteOwnerAccount() {
  const { owner } = await requireOwner();
  // ok: missing-authorization
  await db.delete(owners).where(eq(owners.id, owner.id));
  await supabaseAdmin.auth.admin.deleteUser(owner.id);
  redirect("/goodbye");
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function myProfile() {
  const ownerId = await requireOwnerId();
  const row = await db.query.owners.findFirst({ where: eq(owners.id, ownerId) });
  // ruleid: excessive-data-exposure
  return row;
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function myProfileCard() {
  const ownerId = await requireOwnerId();
  const row = await db.query.owners.findFirst({ where: eq(owners.id, ownerId), columns: { fullName: true, email: true, phone: true, smsOptIn: true } });
  // ok: excessive-data-exposure
  return row ?? null;
}

// ok: missing-auth, missing-input-validation
export async function setSmsOptIn(optIn: boolean) {
  const ownerId = await requireOwnerId();
  if (typeof optIn !== "boolean") throw new Error("bad input");
  // ok: missing-authorization, mass-assignment
  await db.update(owners).set({ smsOptIn: optIn }).where(eq(owners.id, ownerId));
  logger.info({ event: "owner.sms_opt_in", ownerId, optIn });
}

// "Support" helper: the dashboard passes the owner id explicitly.
// ok: missing-auth
// ruleid: missing-input-validation
export async function updateOwnerPhone(ownerId: string, phone: string) {
  await requireOwner();
  // ruleid: missing-authorization
  await db.update(owners).set({ phone }).where(eq(owners.id, ownerId));
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function deleteOwnerAccountConfirmed(formData: FormData) {
  const { owner, supabase } = await requireOwner();
  const confirm = z.literal("DELETE").parse(formData.get("confirm"));
  // ok: missing-authorization
  await supabase.from("owner_documents").delete().eq("owner_id", owner.id);
  await db.delete(owners).where(eq(owners.id, owner.id));
  console.log("deleted owner", owner.id, confirm);
  redirect("/goodbye");
}
