"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { requireOrgRole } from "@/lib/permissions";

// /dashboard/* is protected by middleware.ts, so these only run for signed-in staff.

const nameSchema = z.object({ organizerId: z.string().cuid(), name: z.string().min(2).max(80) });

// ok: missing-input-validation
// ruleid: missing-auth
export async function renameOrganizer(_prev: unknown, formData: FormData) {
  const { organizerId, name } = nameSchema.parse({ organizerId: formData.get("organizerId"), name: formData.get("name") });
  await prisma.organizer.update({ where: { id: organizerId }, data: { name } });
  revalidatePath("/dashboard");
  return { ok: true };
}

const planSchema = z.object({
  name: z.string().min(2).max(80),
  payoutSchedule: z.enum(["daily", "weekly", "monthly"]),
  plan: z.enum(["starter", "pro", "enterprise"]),
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateOrganizerSettings(orgSlug: string, input: unknown) {
  const { organizerId } = await requireOrgRole(orgSlug, ["OWNER"]);
  const data = planSchema.parse(input);
  // ok: missing-authorization
  await prisma.organizer.update({
    where: { id: organizerId },
    // ruleid: mass-assignment
    data,
  });
  return { ok: true };
}

const safeSettings = z.object({
  name: z.string().min(2).max(80),
  payoutSchedule: z.enum(["daily", "weekly", "monthly"]),
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateOrganizerProfile(orgSlug: string, input: Record<string, unknown>) {
  const { organizerId } = await requireOrgRole(orgSlug, ["OWNER", "ADMIN"]);
  const data = safeSettings.parse(input);
  // ok: missing-authorization
  await prisma.organizer.update({
    where: { id: organizerId },
    // ok: mass-assignment
    data,
  });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateOrganizerSlug(orgSlug: string, formData: FormData) {
  const { organizerId } = await requireOrgRole(orgSlug, ["OWNER"]);
  const parsed = z.object({ slug: z.string().regex(/^[a-z0-9-]{3,40}$/) }).safeParse({ slug: formData.get("slug") });
  if (!parsed.success) return { error: "Invalid slug" };
  // ok: missing-authorization
  await prisma.organizer.update({ where: { id: organizerId }, data: { slug: String(formData.get("slug")) } });
  revalidatePath(`/dashboard/${formData.get("slug")}`);
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function grantPromoterCredits(orgSlug: string, userId: string, credits: number) {
  const ctx = await requireOrgRole(orgSlug, ["OWNER"]);
  if (typeof userId !== "string" || typeof credits !== "number") throw new Error("Bad input");
  const member = await prisma.membership.findFirst({ where: { userId, organizerId: ctx.organizerId }, select: { id: true } });
  if (!member) throw new Error("Not a member");
  // ok: missing-authorization
  await prisma.user.update({
    where: { id: userId },
    // ruleid: mass-assignment
    data: { credits },
  });
  return { ok: true };
}
