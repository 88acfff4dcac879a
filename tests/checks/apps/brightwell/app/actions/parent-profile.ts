"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { parentActionClient } from "@/lib/safe-action";
import { requireParent, getParentSession } from "@/lib/auth/parent";
import { db } from "@/lib/db";
import { profileSchema, parentAdminPatchSchema, childSchema } from "@/lib/validators";
import { audit } from "@/lib/audit";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";

// ok: missing-auth, missing-input-validation
export const updateMyProfile = parentActionClient
  .metadata({ name: "updateMyProfile" })
  .schema(profileSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: mass-assignment, missing-authorization
    await db.parent.update({ where: { id: ctx.parentId }, data: parsedInput });
    revalidatePath("/account");
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const updateMyProfileFull = parentActionClient
  .metadata({ name: "updateMyProfileFull" })
  .schema(parentAdminPatchSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    // ruleid: mass-assignment
    await db.parent.update({ where: { id: ctx.parentId }, data: parsedInput });
    return { ok: true };
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateProfileFromForm(formData: FormData) {
  const parent = await requireParent();
  const fields = Object.fromEntries(formData);
  // ok: missing-authorization
  // ruleid: mass-assignment
  await db.parent.update({ where: { id: parent.parentId }, data: fields });
  revalidatePath("/account");
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updatePhone(formData: FormData, parentId?: string) {
  const parent = await requireParent();
  const phone = z.string().regex(/^\+?[0-9 ]{7,15}$/).parse(formData.get("phone"));
  // The household app passes the other guardian's id.
  const target = parentId ?? parent.parentId;
  // ruleid: missing-authorization
  await db.parent.update({ where: { id: target }, data: { phone } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changeParentEmail(formData: FormData) {
  const parent = await requireParent();
  await rateLimitByIp(`parent-email:${parent.parentId}`);
  const email = z.string().email().parse(formData.get("email"));
  // ok: missing-authorization
  await db.parent.update({ where: { id: parent.parentId }, data: { email, emailVerified: null } });
  await audit.record({ actorId: parent.parentId, action: "parent.email_changed" });
  await sendMail(email, "Confirm your new email", "<p>Sign in once with a code to confirm.</p>");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteMyAccount() {
  const parent = await requireParent();
  await db.child.deleteMany({ where: { parentId: parent.parentId } });
  await db.shiftSignup.deleteMany({ where: { parentId: parent.parentId } });
  // ok: missing-authorization
  await db.parent.delete({ where: { id: parent.parentId } });
  await audit.record({ actorId: parent.parentId, action: "parent.account_deleted" });
  const session = await getParentSession();
  session.destroy();
  redirect("/");
}

// ok: missing-auth, missing-input-validation
export async function getMyParentRecord() {
  const parent = await requireParent();
  const me = await db.parent.findUnique({ where: { id: parent.parentId }, include: { children: true } });
  // ruleid: excessive-data-exposure
  return me;
}

// ok: missing-auth, missing-input-validation
export async function addChild(formData: FormData) {
  const parent = await requireParent();
  const data = childSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment
  const child = await db.child.create({ data: { ...data, parentId: parent.parentId }, select: { id: true } });
  return child;
}

// ok: missing-auth, missing-input-validation
export async function updateChild(formData: FormData) {
  const parent = await requireParent();
  const { childId, ...data } = childSchema.partial().extend({ childId: z.string().cuid() }).parse(Object.fromEntries(formData));
  // ok: missing-authorization, mass-assignment
  await db.child.updateMany({ where: { id: childId, parentId: parent.parentId }, data });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function removeChild(childId: string) {
  const parent = await requireParent();
  z.string().cuid().parse(childId);
  // ruleid: missing-authorization
  await db.child.delete({ where: { id: childId } });
  // ownership looked at after the delete, only to pick the redirect.
  const stillMine = await db.child.count({ where: { parentId: parent.parentId } });
  return { remaining: stillMine };
}

// ok: missing-auth, missing-input-validation
export async function getChildMedical(childId: string) {
  const parent = await requireParent();
  z.string().cuid().parse(childId);
  // ok: missing-authorization
  const child = await db.child.findUnique({ where: { id: childId }, select: { parentId: true, allergies: true, medicalNotes: true } });
  // ok: information-disclosure
  if (!child || child.parentId !== parent.parentId) return { error: "Not found" };
  return { allergies: child.allergies, medicalNotes: child.medicalNotes };
}
