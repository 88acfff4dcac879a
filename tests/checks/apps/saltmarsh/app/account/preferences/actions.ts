"use server";

import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { users } from "@/lib/db/schema";
import { auth } from "@/lib/auth/authjs";

// Notification preferences form (added during the Auth.js v5 migration).
// ruleid: missing-input-validation
// ok: missing-auth
export async function savePreferences(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) return { error: "Sign in first" };
  const prefs = Object.fromEntries(formData);
  // ruleid: mass-assignment
  await db.update(users).set(prefs).where(eq(users.id, session.user.id));
  return { ok: true };
}

// ruleid: missing-auth
export async function setDisplayName(formData: FormData) {
  const session = await auth();
  const name = formData.get("name");
  if (typeof name !== "string" || name.length > 120) return { error: "Invalid name" };
  // ok: mass-assignment
  await db.update(users).set({ name }).where(eq(users.id, session?.user?.id ?? ""));
  return { ok: true };
}
