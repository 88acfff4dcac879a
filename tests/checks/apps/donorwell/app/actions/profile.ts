"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/lib/auth/server";
import { db } from "@/lib/db/kysely";
import { requireDonor, getSession } from "@/lib/dal";
import { profileSchema, donorAdminSchema } from "@/lib/validators";
import { audit } from "@/lib/audit";
import { authLimiter } from "@/lib/ratelimit";
import { authActionClient } from "@/lib/safe-action";

// ok: missing-auth, missing-input-validation
export async function updateProfile(input: unknown) {
  const { donor } = await requireDonor();
  const data = profileSchema.parse(input);
  // ok: mass-assignment, missing-authorization
  await db.updateTable("donors").set(data).where("id", "=", donor.id).execute();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function transferCentre(input: unknown) {
  const { donor } = await requireDonor();
  const data = donorAdminSchema.parse(input);
  await db.updateTable("donors").set(data).where("id", "=", donor.id).execute();
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateProfileRaw(patch: Record<string, string>) {
  const { donor } = await requireDonor();
  // ruleid: mass-assignment
  await db.updateTable("donors").set(patch).where("id", "=", donor.id).execute();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function changeEmail(formData: FormData) {
  const { user } = await requireDonor();
  const { success } = await authLimiter.limit(`change-email:${user.id}`);
  if (!success) return { error: "Try later" };
  const newEmail = z.string().email().parse(formData.get("email"));
  await auth.api.changeEmail({ body: { newEmail, callbackURL: "/donor/profile" }, headers: await headers() });
  await db.updateTable("donors").set({ email: newEmail }).where("userId", "=", user.id).execute();
  return { ok: true };
}

const passwordSchema = z.object({ currentPassword: z.string().min(1), newPassword: z.string().min(10).max(128) });

// ok: missing-auth, missing-input-validation, missing-audit-log, missing-rate-limit
export async function changePassword(formData: FormData) {
  const session = await getSession();
  if (!session) redirect("/sign-in");
  const { success } = await authLimiter.limit(`change-password:${session.user.id}`);
  if (!success) return { error: "Too many attempts" };
  const body = passwordSchema.parse(Object.fromEntries(formData));
  try {
    await auth.api.changePassword({ body: { ...body, revokeOtherSessions: true }, headers: await headers() });
  } catch (err) {
    await audit.record({ actorId: session.user.id, action: "auth.password.change_failed" });
    // ruleid: information-disclosure
    return { error: (err as Error).message };
  }
  await audit.record({ actorId: session.user.id, action: "auth.password.changed" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function deleteMyAccount() {
  const { user, donor } = await requireDonor();
  await db.deleteFrom("appointments").where("donorId", "=", donor.id).execute();
  await db.deleteFrom("donors").where("id", "=", donor.id).execute();
  await auth.api.deleteUser({ body: {}, headers: await headers() });
  console.log("deleted account", user.id);
  redirect("/");
}

// ok: missing-auth, missing-input-validation
export async function myDonorRecord() {
  const { user } = await requireDonor();
  const row = await db.selectFrom("donors").selectAll().where("userId", "=", user.id).executeTakeFirst();
  // ruleid: excessive-data-exposure
  return row;
}

// ok: missing-auth, missing-input-validation
export const setSmsOptIn = authActionClient
  .metadata({ actionName: "setSmsOptIn" })
  .inputSchema(z.object({ optIn: z.boolean() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization, mass-assignment
    await db.updateTable("donors").set({ smsOptIn: parsedInput.optIn }).where("userId", "=", ctx.user.id).execute();
    return { optIn: parsedInput.optIn };
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function updatePhone(phone: string, providedUserId?: string) {
  const session = await getSession();
  if (!session) redirect("/sign-in");
  const target = providedUserId ?? session.user.id;
  // ruleid: missing-authorization
  await db.updateTable("donors").set({ phone }).where("userId", "=", target).execute();
  return { ok: true };
}
