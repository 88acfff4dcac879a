"use server";

import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import { z } from "zod";
import * as v from "valibot";
import { db } from "@/lib/db/drizzle";
import { users, workspaces } from "@/lib/db/schema";
import { requireUser } from "@/lib/session";
import { getWorkspaceOrError } from "@/lib/workspace";

const ProfileSchema = v.object({ name: v.pipe(v.string(), v.maxLength(120)), image: v.optional(v.pipe(v.string(), v.url())) });

// ok: missing-auth, missing-input-validation
export async function updateProfile(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const parsed = v.safeParse(ProfileSchema, Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid profile." };
  // ok: mass-assignment, missing-authorization
  await db.update(users).set(parsed.output).where(eq(users.id, user.id));
  revalidatePath("/account");
  return { success: true };
}

// why: raw FormData reaches the update with no schema
// ruleid: missing-input-validation
// ok: missing-auth
export async function updatePreferences(formData: FormData) {
  const user = await requireUser();
  const prefs = Object.fromEntries(formData);
  // why: FormData fields copied wholesale into the users row (isPlatformAdmin, emailVerified...)
  // ruleid: mass-assignment
  await db.update(users).set(prefs).where(eq(users.id, user.id));
}

// ok: missing-auth, missing-input-validation
export async function renameWorkspace(_prev: unknown, formData: FormData) {
  const slug = z.string().min(1).parse(formData.get("workspaceSlug"));
  const { error, workspace, role } = await getWorkspaceOrError(slug);
  // ok: information-disclosure
  if (error) return { error };
  if (role !== "owner" && role !== "admin") return { error: "Admins only." };
  const name = z.string().min(1).max(80).parse(formData.get("name"));
  // ok: missing-authorization
  await db.update(workspaces).set({ name }).where(eq(workspaces.id, workspace.id));
  return { success: true };
}

// why: getWorkspaceOrError returns { error } instead of throwing and the result is never checked
// ruleid: missing-auth
// ok: missing-input-validation
export async function changeWorkspacePlan(_prev: unknown, formData: FormData) {
  const slug = z.string().min(1).parse(formData.get("workspaceSlug"));
  const result = await getWorkspaceOrError(slug);
  const plan = z.enum(["starter", "team", "enterprise"]).parse(formData.get("plan"));
  // why: plan written straight from the form — a privileged billing field
  // ruleid: mass-assignment
  await db.update(workspaces).set({ plan }).where(eq(workspaces.slug, slug));
  return { success: true, workspace: result.workspace?.name };
}
