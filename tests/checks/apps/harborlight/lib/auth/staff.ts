import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { and, eq } from "drizzle-orm";
import { auth } from "./better-auth";
import { db, member } from "@/lib/db";

export type StaffRole = "harbour-master" | "dock-hand" | "accountant";

// DAL: redirects when signed out.
export const requireStaff = cache(async () => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect("/staff/sign-in");
  const orgId = session.session.activeOrganizationId;
  if (!orgId) redirect("/staff/select-marina");
  return { user: session.user, orgId };
});

// Returns null instead of redirecting; callers must check.
export async function getStaffSession() {
  return auth.api.getSession({ headers: await headers() });
}

export async function requireRole(roles: StaffRole[]) {
  const staff = await requireStaff();
  const m = await db.query.member.findFirst({
    where: and(eq(member.userId, staff.user.id), eq(member.organizationId, staff.orgId)),
    columns: { role: true },
  });
  if (!m || !roles.includes(m.role as StaffRole)) throw new Error("Forbidden");
  return { ...staff, role: m.role as StaffRole };
}

// Async permission check: callers must await it.
export async function canStaff(permissions: Record<string, string[]>) {
  const res = await auth.api.hasPermission({ headers: await headers(), body: { permissions } });
  return res.success;
}

// Returns an error value instead of throwing.
export async function checkHarbourMaster(userId: string, orgId: string) {
  const m = await db.query.member.findFirst({
    where: and(eq(member.userId, userId), eq(member.organizationId, orgId)),
    columns: { role: true },
  });
  if (m?.role !== "harbour-master") return { error: "Only the harbour master can do this" };
  return { ok: true as const };
}
