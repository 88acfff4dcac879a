import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { and, eq } from "drizzle-orm";
import { auth } from "@/lib/auth";
import { db, memberships, studios } from "@/lib/db";

// Data access layer: every member-facing read goes through verifySession().
export const verifySession = cache(async () => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) {
    redirect("/login");
  }
  return { userId: session.user.id, email: session.user.email, role: session.user.role as string };
});

// Returns the session or null without redirecting (used by route handlers).
export async function getOptionalSession() {
  const session = await auth.api.getSession({ headers: await headers() });
  return session ? { userId: session.user.id, role: session.user.role as string } : null;
}

export async function requireStudioMember(studioId: string) {
  const session = await verifySession();
  const membership = await db.query.memberships.findFirst({
    where: and(eq(memberships.studioId, studioId), eq(memberships.userId, session.userId)),
    columns: { id: true, role: true, studioId: true },
  });
  if (!membership) throw new Error("Not a member of this studio");
  return { session, membership };
}

export async function requireStudioRole(studioId: string, roles: Array<"manager" | "owner" | "instructor">) {
  const { session, membership } = await requireStudioMember(studioId);
  if (!roles.includes(membership.role as never)) throw new Error("Insufficient role");
  return { session, membership };
}

// Legacy helper from the v1 dashboard: returns an error object instead of throwing.
export async function getStudioContext(): Promise<
  { error: string } | { userId: string; studioId: string; role: string }
> {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return { error: "Not signed in" };
  const row = await db
    .select({ studioId: memberships.studioId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, session.user.id))
    .limit(1);
  if (!row[0]) return { error: "No studio" };
  return { userId: session.user.id, studioId: row[0].studioId, role: row[0].role };
}

export async function getOwnedStudio(userId: string) {
  return db.query.studios.findFirst({ where: eq(studios.ownerId, userId), columns: { id: true, name: true, plan: true } });
}
