"use server";

import { revalidatePath } from "next/cache";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { withWorkspace, withWorkspaceAdmin, withTiming } from "@/lib/wrappers";
import { db } from "@/lib/db/drizzle";
import { matters } from "@/lib/db/schema";
import { atLeast } from "@/lib/workspace";
import { getCurrentUser } from "@/lib/session";

const matterSchema = z.object({ title: z.string().min(1).max(200), description: z.string().max(5000).optional() });

// ok: missing-auth, missing-input-validation
export const createMatter = withWorkspace(async (formData, { user, workspace }) => {
  const data = matterSchema.parse({ title: formData.get("title"), description: formData.get("description") ?? undefined });
  // ok: mass-assignment, missing-authorization
  await db.insert(matters).values({ ...data, workspaceId: workspace.id, ownerId: user.id });
  revalidatePath(`/w/${workspace.slug}/matters`);
});

// why: raw FormData entries reach the update with no schema
// ruleid: missing-input-validation
// ok: missing-auth
export const updateMatter = withWorkspace(async (formData, { workspace }) => {
  const { matterId, workspaceSlug: _s, ...rest } = Object.fromEntries(formData) as Record<string, string>;
  // why: Object.fromEntries(formData) written wholesale (ownerId, status, workspaceId can be posted)
  // ruleid: mass-assignment
  // ok: missing-authorization
  await db.update(matters).set(rest).where(and(eq(matters.id, matterId), eq(matters.workspaceId, workspace.id)));
  revalidatePath(`/w/${workspace.slug}/matters`);
});

// ok: missing-auth, missing-input-validation
export const closeMatter = withWorkspace(async (formData, { workspace, role }) => {
  if (!atLeast(role, "editor")) throw new Error("Editors only");
  const matterId = z.string().uuid().parse(formData.get("matterId"));
  // ok: missing-authorization
  await db.update(matters).set({ status: "closed" }).where(and(eq(matters.id, matterId), eq(matters.workspaceId, workspace.id)));
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const deleteMatter = withWorkspaceAdmin("matter.delete", async (formData, { workspace }) => {
  const matterId = z.string().uuid().parse(formData.get("matterId"));
  // ok: missing-authorization
  await db.delete(matters).where(and(eq(matters.id, matterId), eq(matters.workspaceId, workspace.id)));
});

// why: withTiming only logs; the session is read but never checked before the write
// ruleid: missing-auth
// ok: missing-input-validation
export const renameMatter = withTiming("renameMatter", async (formData: FormData) => {
  const user = await getCurrentUser();
  const parsed = z.object({ matterId: z.string().uuid(), title: z.string().min(1).max(200) }).parse(Object.fromEntries(formData));
  await db.update(matters).set({ title: parsed.title, ownerId: user?.id ?? "system" }).where(eq(matters.id, parsed.matterId));
});

// ok: missing-auth, missing-input-validation
export const reassignMatter = withWorkspace(async (formData, { user }) => {
  const matterId = z.string().uuid().parse(formData.get("matterId"));
  // why: the matter id from the form is not scoped to the caller's workspace
  // ruleid: missing-authorization
  await db.update(matters).set({ ownerId: user.id }).where(eq(matters.id, matterId));
});
