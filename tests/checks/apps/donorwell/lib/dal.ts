import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/server";
import { db } from "@/lib/db/kysely";

export type StaffRole = "manager" | "nurse" | "phlebotomist" | "receptionist";

export const getSession = cache(async () => {
  return auth.api.getSession({ headers: await headers() });
});

export async function requireDonor() {
  const session = await getSession();
  if (!session) redirect("/sign-in");
  const donor = await db
    .selectFrom("donors")
    .select(["id", "centreId", "fullName", "phone", "smsOptIn"])
    .where("userId", "=", session.user.id)
    .executeTakeFirst();
  if (!donor) redirect("/donor/register");
  return { user: session.user, donor };
}

export async function requireCentreStaff(allowed?: StaffRole[]) {
  const session = await getSession();
  if (!session?.session.activeOrganizationId) redirect("/sign-in");
  const member = await auth.api.getActiveMember({ headers: await headers() });
  if (!member) redirect("/sign-in");
  const role = member.role as StaffRole;
  if (allowed && !allowed.includes(role)) redirect("/centre?denied=1");
  return { user: session.user, centreId: session.session.activeOrganizationId, role };
}

export async function requireNationalAdmin() {
  const session = await getSession();
  if (!session) redirect("/sign-in");
  if (!(session.user as { nationalAdmin?: boolean }).nationalAdmin) redirect("/");
  return session.user;
}

// Returns null instead of throwing: callers must check.
export async function getStaffContext() {
  const session = await getSession();
  if (!session?.session.activeOrganizationId) return null;
  return { user: session.user, centreId: session.session.activeOrganizationId };
}
