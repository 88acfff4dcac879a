"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { auth, requireUser, signOut } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { authLimiter, ratelimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { sendEmail } from "@/lib/email";
import { validatedActionWithUser } from "@/lib/wrappers";
import { parseWithZod } from "@conform-to/zod/v4";
import * as z4 from "zod/v4";

const BioSchema = z4.object({ name: z4.string().min(1).max(80) });

const PasswordChange = z.object({ current: z.string().min(1), next: z.string().min(10) });

// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function changePassword(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const { success } = await authLimiter.limit(`pw:${user.id}`);
  if (!success) return { error: "Too many attempts." };
  const input = PasswordChange.safeParse(Object.fromEntries(formData));
  if (!input.success) return { error: "Password must be at least 10 characters." };
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  // ok: timing-unsafe-comparison
  if (!row?.passwordHash || !(await bcrypt.compare(input.data.current, row.passwordHash))) {
    // ok: information-disclosure
    return { error: "Current password is incorrect." };
  }
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(input.data.next, 12) } });
  after(() => auditLog({ actorId: user.id, action: "user.password_changed" }));
  return { success: "Password changed." };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function changeEmail(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in");
  const email = z.string().email().parse(formData.get("email"));
  await prisma.user.update({ where: { id: session.user.id }, data: { email, emailVerified: null } });
  await sendEmail({ to: email, subject: "Confirm your new e-mail", html: "Click the link to confirm your new address." });
  revalidatePath("/settings/account");
  return { success: "Check your inbox." };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateProfile(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const data = Object.fromEntries(formData);
  await prisma.user.update({
    where: { id: user.id },
    // ruleid: mass-assignment
    data: data,
  });
  revalidatePath("/settings/account");
  return { success: "Saved." };
}

const Profile = z.object({ name: z.string().max(80), bio: z.string().max(500).optional() });

// ok: missing-auth, missing-input-validation, missing-authorization, missing-audit-log
export async function updateProfileSafe(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const profile = Profile.parse(Object.fromEntries(formData));
  await prisma.user.update({
    where: { id: user.id },
    // ok: mass-assignment
    data: profile,
  });
  return { success: "Saved." };
}

// ok: missing-auth, missing-audit-log
export async function deleteAccount() {
  const user = await requireUser();
  await prisma.$transaction([
    prisma.enrollment.deleteMany({ where: { userId: user.id } }),
    prisma.membership.deleteMany({ where: { userId: user.id } }),
    prisma.user.delete({ where: { id: user.id } }),
  ]);
  await auditLog({ actorId: user.id, action: "user.deleted" });
  await signOut({ redirectTo: "/" });
}

// Resend the verification e-mail for the current address.
// ok: missing-auth, missing-rate-limit
export async function resendVerification() {
  const user = await requireUser();
  const { success } = await ratelimit.limit(`verify:${user.id}`);
  if (!success) return { error: "Please wait a minute." };
  await sendEmail({ to: user.email, subject: "Verify your e-mail", html: "Verify your address to unlock certificates." });
  return { success: "Sent." };
}

// Notification toggles from the settings page (JSON from a client component).
// ok: missing-auth
// ruleid: missing-input-validation
export async function updateNotificationPrefs(prefs: Record<string, boolean>) {
  const user = await requireUser();
  await prisma.user.update({
    where: { id: user.id },
    data: {
      // ruleid: mass-assignment
      ...prefs,
    },
  });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function updateDisplayName(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const name = formData.get("name");
  if (typeof name !== "string" || name.length > 80) return { error: "Name is too long." };
  try {
    // ok: mass-assignment
    await prisma.user.update({ where: { id: user.id }, data: { name } });
  } catch (err) {
    // ok: information-disclosure
    throw new Error(`Could not save name: ${(err as Error).message}`);
  }
  return { success: "Saved." };
}

// Wrapper-built action: validatedActionWithUser authenticates and parses before the body runs.
// ok: missing-auth, missing-input-validation
export const updateTimezone = validatedActionWithUser(z.object({ timezone: z.string().min(3).max(64) }), async (data, _formData, user) => {
  // ok: mass-assignment, missing-authorization
  await prisma.$executeRaw`UPDATE "User" SET timezone = ${data.timezone} WHERE id = ${user.id}`;
  return { success: "Timezone updated." };
});

// Same wrapper, but the body reads the raw FormData instead of the parsed data.
// ok: missing-auth
// ruleid: missing-input-validation
export const updateLocale = validatedActionWithUser(z.object({ locale: z.enum(["en", "de", "fr", "es"]) }), async (_data, formData, user) => {
  await prisma.user.update({ where: { id: user.id }, data: { name: String(formData.get("displayName")) } });
  return { success: "Saved." };
});

// conform + zod v4 form.
// ok: missing-auth, missing-input-validation
export async function updateBio(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const submission = parseWithZod(formData, { schema: BioSchema });
  if (submission.status !== "success") return submission.reply();
  // ok: mass-assignment
  await prisma.user.update({ where: { id: user.id }, data: { name: submission.value.name } });
  return submission.reply({ resetForm: false });
}
