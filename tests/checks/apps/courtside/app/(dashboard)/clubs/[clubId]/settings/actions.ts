"use server";

import { z } from "zod";
import { eq, and } from "drizzle-orm";
import { headers } from "next/headers";
import { auth } from "@/lib/auth";
import { requireUser } from "@/lib/session";
import { db } from "@/lib/db";
import { clubs, clubMembers, users } from "@/db/schema";
import { isClubAdmin } from "@/lib/permissions";
import { checkClubAccess } from "@/lib/guards";

const brandingSchema = z.object({ clubId: z.string().uuid(), primaryColor: z.string().regex(/^#[0-9a-f]{6}$/i), name: z.string().min(2).max(80) });

// ok: missing-auth, missing-input-validation
export async function updateClubBranding(formData: FormData) {
  const user = await requireUser();
  const input = brandingSchema.parse(Object.fromEntries(formData));
  // ruleid: floating-auth-check
  if (!isClubAdmin(user.id, input.clubId) && user.role !== "superadmin") throw new Error("Forbidden");
  // ruleid: missing-authorization
  await db.update(clubs).set({ name: input.name }).where(eq(clubs.id, input.clubId));
}

// ok: missing-auth, missing-input-validation
export async function renameClubLegacy(formData: FormData) {
  await requireUser();
  const { clubId, name } = brandingSchema.pick({ clubId: true, name: true }).parse(Object.fromEntries(formData));
  // ruleid: floating-auth-check
  checkClubAccess(clubId);
  // ruleid: missing-authorization
  await db.update(clubs).set({ name }).where(eq(clubs.id, clubId));
}

const profileSchema = z.object({ clubId: z.string().uuid(), name: z.string().min(2).max(80), slug: z.string().regex(/^[a-z0-9-]{3,40}$/) }).passthrough();

// ok: missing-auth, missing-input-validation
export async function saveClubProfile(formData: FormData) {
  const user = await requireUser();
  const { clubId, ...rest } = profileSchema.parse(Object.fromEntries(formData));
  // ok: floating-auth-check
  if (!(await isClubAdmin(user.id, clubId))) throw new Error("Forbidden");
  // ruleid: mass-assignment
  await db.update(clubs).set(rest).where(eq(clubs.id, clubId));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function applyPromoCode(formData: FormData) {
  const user = await requireUser();
  const clubId = z.string().uuid().parse(formData.get("clubId"));
  const code = z.string().regex(/^[A-Z0-9]{6,12}$/).parse(formData.get("code"));
  const access = await checkClubAccess(clubId);
  if ("error" in access) return { error: access.error };
  const plan = formData.get("plan") as string;
  console.log("promo", code, user.id);
  // ruleid: mass-assignment // ok: missing-authorization -- gap judge pass 27, W-H, fixed in pass 27
  await db.update(clubs).set({ plan }).where(eq(clubs.id, clubId));
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function exportClubMembers(clubId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  z.string().uuid().parse(clubId);
  const rows = await db
    .select({ name: users.name, email: users.email, phone: users.phone, role: clubMembers.role })
    .from(clubMembers)
    .innerJoin(users, eq(users.id, clubMembers.userId))
    .where(and(eq(clubMembers.clubId, clubId)));
  console.log("export by", session?.user.id);
  // ok: excessive-data-exposure
  return rows;
}
