"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { checkSession } from "@/lib/auth/guard";
import { getActiveCoop } from "@/lib/coop/active-coop";

const prefSchema = z.object({ name: z.string().max(120), outageAlertsMuted: z.coerce.boolean() });

// ok: missing-auth, missing-input-validation
export async function savePreferences(_prev: unknown, formData: FormData) {
  const { user, error } = await checkSession();
  if (error || !user) return { error: error ?? "Please sign in" };
  const data = prefSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment, missing-authorization
  await prisma.user.update({ where: { id: user.id }, data });
  revalidatePath("/dashboard/preferences");
  return { success: "Saved" };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function savePreferencesQuick(_prev: unknown, formData: FormData) {
  const { user } = await checkSession();
  const data = prefSchema.parse(Object.fromEntries(formData));
  await prisma.user.update({ where: { id: user?.id }, data });
  return { success: "Saved" };
}

// Raw profile import from the federation's member directory (JSON pasted into a textarea).
// ok: missing-auth, missing-input-validation
export async function importProfile(_prev: unknown, formData: FormData) {
  const { user, error } = await checkSession();
  if (error || !user) return { error: "Please sign in" };
  const data = z.object({ name: z.string().max(120) }).passthrough().parse(JSON.parse(String(formData.get("json") ?? "{}")));
  await prisma.user.update({
    // ok: missing-authorization
    where: { id: user.id },
    // ruleid: mass-assignment
    data,
  });
  return { success: "Imported" };
}

const membershipSchema = z.object({ shareUnits: z.coerce.number().int().min(0), role: z.enum(["MEMBER", "TREASURER", "BOARD_ADMIN"]).default("MEMBER") });

// Members adjust their own holding count after a paper transfer.
// ok: missing-auth, missing-input-validation // ruleid: missing-audit-log -- (pass 37) its parse schema admits `role`, so the write can change a role: rule 9 "change role" (vetpoint gap-judge #18 reading)
export async function updateMyMembership(_prev: unknown, formData: FormData) {
  const { user, coopId } = await getActiveCoop();
  const data = membershipSchema.parse(Object.fromEntries(formData));
  await prisma.membership.update({
    // ok: missing-authorization
    where: { userId_coopId: { userId: user.id, coopId } },
    // ruleid: mass-assignment
    data,
  });
  return { success: "Updated" };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function quickRename(formData: FormData) {
  const { user, error } = await checkSession();
  if (error) return { error };
  await prisma.user.update({
    // ok: missing-authorization
    where: { id: user!.id },
    // ruleid: mass-assignment
    data: Object.fromEntries(formData),
  });
  return { success: "Saved" };
}
