"use server";

import { z } from "zod";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle/client";
import { volunteerProfiles } from "@/lib/db/drizzle/schema";
import { requireMember } from "@/lib/auth/session";
import { validateRequest } from "@/lib/auth/lucia";

const volunteerSchema = z.object({ displayName: z.string().min(1).max(60), skills: z.string().max(300).optional() });

// ok: missing-auth, missing-input-validation
export async function saveVolunteerProfile(formData: FormData) {
  const { userId } = await requireMember();
  const parsed = volunteerSchema.parse({ displayName: formData.get("displayName"), skills: formData.get("skills") ?? undefined });
  // ok: mass-assignment
  await db.insert(volunteerProfiles).values({ userId, ...parsed, calendarToken: randomBytes(24).toString("base64url") }).onConflictDoUpdate({ target: volunteerProfiles.userId, set: parsed });
}

// ok: missing-auth
export async function rotateCalendarToken() {
  const { userId } = await requireMember();
  const token = randomBytes(24).toString("base64url");
  await db.update(volunteerProfiles).set({ calendarToken: token }).where(eq(volunteerProfiles.userId, userId));
  // ok: excessive-data-exposure
  return { calendarUrl: `${process.env.APP_URL}/api/calendar/${token}` };
}

// ok: missing-auth, missing-input-validation
export async function getVolunteerProfile(profileUserId: string) {
  await requireMember();
  const id = z.string().cuid().parse(profileUserId);
  // ruleid: missing-authorization
  const [row] = await db.select().from(volunteerProfiles).where(eq(volunteerProfiles.userId, id));
  // ruleid: excessive-data-exposure
  return row;
}

// ok: missing-auth
export async function myVolunteerStats() {
  const { user } = await validateRequest();
  if (!user) return null;
  const [row] = await db.select({ totalHours: volunteerProfiles.totalHours, badgeLevel: volunteerProfiles.badgeLevel }).from(volunteerProfiles).where(eq(volunteerProfiles.userId, user.id));
  // ok: excessive-data-exposure
  return row ?? { totalHours: 0, badgeLevel: 0 };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function setDisplayName(name: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Sign in");
  // ok: missing-authorization
  await db.update(volunteerProfiles).set({ displayName: name }).where(eq(volunteerProfiles.userId, user.id));
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function setSkills(skills: string) {
  const { user } = await validateRequest();
  if (typeof skills !== "string" || skills.length > 300) throw new Error("Too long");
  await db.update(volunteerProfiles).set({ skills }).where(eq(volunteerProfiles.userId, user?.id ?? ""));
}
