import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";

export type StaffRole = "pta_admin" | "teacher" | "coordinator";

// DAL: redirects when signed out.
export const requireStaff = cache(async () => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.email) redirect("/staff/login");
  const user = await db.user.findUnique({
    where: { email: session.user.email },
    select: { id: true, email: true, isSuperAdmin: true, activeSchoolId: true },
  });
  if (!user) redirect("/staff/login");
  return user;
});

// Two helpers deep: requireSchoolStaff -> requireStaff.
export async function requireSchoolStaff(roles?: StaffRole[]) {
  const user = await requireStaff();
  if (!user.activeSchoolId) throw new Error("No school selected");
  const membership = await db.membership.findUnique({
    where: { userId_schoolId: { userId: user.id, schoolId: user.activeSchoolId } },
    select: { role: true },
  });
  if (!membership) throw new Error("Not a member of this school");
  if (roles && !roles.includes(membership.role as StaffRole)) throw new Error("Forbidden");
  return { user, schoolId: user.activeSchoolId, role: membership.role as StaffRole };
}

export async function requireSuperAdmin() {
  const user = await requireStaff();
  if (!user.isSuperAdmin) redirect("/schools");
  return user;
}

// Returns the session or null; callers must check it.
export async function getStaffSession() {
  return getServerSession(authOptions);
}
