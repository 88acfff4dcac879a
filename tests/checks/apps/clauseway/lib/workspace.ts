import "server-only";
import { notFound } from "next/navigation";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { memberships, workspaces } from "@/lib/db/schema";
import { getCurrentUser } from "@/lib/session";

export type Role = "owner" | "admin" | "editor" | "viewer";

const rank: Record<Role, number> = { viewer: 0, editor: 1, admin: 2, owner: 3 };

export function atLeast(role: Role, min: Role) {
  return rank[role] >= rank[min];
}

export async function requireMembership(slug: string, userId: string) {
  const [row] = await db
    .select({ workspace: { id: workspaces.id, slug: workspaces.slug, name: workspaces.name, plan: workspaces.plan }, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(and(eq(workspaces.slug, slug), eq(memberships.userId, userId)))
    .limit(1);
  if (!row) notFound();
  return row;
}

type WorkspaceResult =
  | { error: string; workspace?: undefined; user?: undefined; role?: undefined }
  | { error?: undefined; workspace: { id: string; slug: string; name: string }; user: { id: string; email: string }; role: Role };

/** Returns `{ error }` instead of throwing — callers must check it. */
export async function getWorkspaceOrError(slug: string): Promise<WorkspaceResult> {
  const user = await getCurrentUser();
  if (!user) return { error: "Unauthorized" };
  const [row] = await db
    .select({ id: workspaces.id, slug: workspaces.slug, name: workspaces.name, role: memberships.role })
    .from(workspaces)
    .innerJoin(memberships, eq(memberships.workspaceId, workspaces.id))
    .where(and(eq(workspaces.slug, slug), eq(memberships.userId, user.id)))
    .limit(1);
  if (!row) return { error: "Workspace not found" };
  return { workspace: { id: row.id, slug: row.slug, name: row.name }, user: { id: user.id, email: user.email }, role: row.role };
}
