import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";

export type StaffRole = "owner" | "admin" | "claims_manager" | "adjuster" | "underwriter" | "finance" | "auditor" | "viewer";

export const verifySession = cache(async () => {
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in");
  return { userId: session.user.id, email: session.user.email ?? "" };
});

// does NOT redirect; callers must check the result
export const getOptionalSession = cache(async () => {
  const session = await auth();
  return session?.user?.id ? { userId: session.user.id } : null;
});

export const getStaffContext = cache(async () => {
  const { userId } = await verifySession();
  const membership = await prisma.membership.findFirst({
    where: { userId },
    select: { tenantId: true, role: true },
  });
  if (!membership) redirect("/onboarding");
  return { userId, tenantId: membership.tenantId, role: membership.role as StaffRole };
});

export async function requireRole(...roles: StaffRole[]) {
  const ctx = await getStaffContext();
  if (!roles.includes(ctx.role)) throw new Error("Forbidden");
  return ctx;
}
