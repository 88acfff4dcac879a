import { getKindeServerSession } from "@kinde-oss/kinde-auth-nextjs/server";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";

export type StaffRole = "vet" | "nurse" | "receptionist" | "practice_manager";

export async function getStaff() {
  const { getUser, isAuthenticated } = getKindeServerSession();
  if (!(await isAuthenticated())) return null;
  const user = await getUser();
  if (!user) return null;
  return prisma.staffMember.findUnique({
    where: { kindeId: user.id },
    select: { id: true, clinicId: true, role: true, isGroupAdmin: true, name: true, active: true },
  });
}

export async function requireStaff() {
  const staff = await getStaff();
  if (!staff || !staff.active) redirect("/api/auth/login");
  return staff;
}

export async function requireRole(...roles: StaffRole[]) {
  const staff = await requireStaff();
  if (!roles.includes(staff.role as StaffRole)) throw new Error("Forbidden");
  return staff;
}

export async function requireGroupAdmin() {
  const staff = await requireStaff();
  if (!staff.isGroupAdmin) throw new Error("Forbidden");
  return staff;
}

// Kinde permission check; async.
export async function hasPermission(key: string): Promise<boolean> {
  const { getPermission } = getKindeServerSession();
  const perm = await getPermission(key);
  return Boolean(perm?.isGranted);
}

// Returns an error object rather than throwing; callers must look at it.
export async function checkManager(staffId: string) {
  const staff = await prisma.staffMember.findUnique({ where: { id: staffId }, select: { role: true } });
  if (staff?.role !== "practice_manager") return { error: "Only practice managers can do that" };
  return { ok: true as const };
}
