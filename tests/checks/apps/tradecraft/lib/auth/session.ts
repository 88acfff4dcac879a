import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { and, eq } from "drizzle-orm";
import { auth } from "./better-auth";
import { db } from "@/lib/db/drizzle";
import { memberships } from "@/lib/db/schema";

export type StaffRole =
  | "owner" | "programme_manager" | "tutor" | "assessor" | "safeguarding_lead" | "finance" | "viewer";

export const getCurrentUser = cache(async () => {
  const session = await auth.api.getSession({ headers: await headers() });
  return session?.user ?? null;
});

export async function requireUser() {
  const user = await getCurrentUser();
  if (!user) throw new Error("UNAUTHENTICATED");
  return user;
}

// Data-access layer entry used by pages: redirects to sign-in instead of throwing.
export const verifySession = cache(async () => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect("/sign-in");
  return { userId: session.user.id, user: session.user };
});

export async function getActiveMembership(userId: string) {
  const orgId = (await headers()).get("x-tradecraft-org");
  if (!orgId) return null;
  const [m] = await db
    .select({ orgId: memberships.orgId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.orgId, orgId)));
  return m ?? null;
}

export type OrgContext = { user: { id: string; email: string }; orgId: string; role: StaffRole };

export async function getOrgContext(): Promise<OrgContext> {
  const user = await requireUser();
  const membership = await getActiveMembership(user.id);
  if (!membership) throw new Error("FORBIDDEN");
  return { user, orgId: membership.orgId, role: membership.role as StaffRole };
}

// Older helper from the v1 port: returns an error object instead of throwing. Callers must check it.
export async function checkStaff(): Promise<{ error: string } | { ctx: OrgContext }> {
  const user = await getCurrentUser();
  if (!user) return { error: "Not signed in" };
  const membership = await getActiveMembership(user.id);
  if (!membership) return { error: "No organisation" };
  return { ctx: { user, orgId: membership.orgId, role: membership.role as StaffRole } };
}
