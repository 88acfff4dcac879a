import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";

const cuid = z.string().min(1).max(40);

export async function requireUser() {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  return { id: session.user.id, email: session.user.email ?? "" };
}

export type StaffRole = "OWNER" | "ADMIN" | "PROGRAM_OFFICER" | "FINANCE" | "REVIEWER" | "VIEWER";

/** Throws unless the signed-in user holds one of `roles` in the foundation. Validates the id itself. */
export async function requireFoundationRole(foundationId: unknown, roles: StaffRole[]) {
  const user = await requireUser();
  const fid = cuid.parse(foundationId);
  const membership = await prisma.membership.findUnique({
    where: { userId_foundationId: { userId: user.id, foundationId: fid } },
    select: { role: true },
  });
  if (!membership || !roles.includes(membership.role as StaffRole)) throw new Error("Forbidden");
  return { user, foundationId: fid, role: membership.role as StaffRole };
}

export async function requireSuperAdmin() {
  const user = await requireUser();
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { isSuperAdmin: true } });
  if (!row?.isSuperAdmin) throw new Error("Forbidden");
  return user;
}
