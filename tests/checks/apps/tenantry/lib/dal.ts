import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";

export type AgencyRole = "OWNER" | "ADMIN" | "MANAGER" | "ACCOUNTANT" | "VIEWER";

/** Data access layer: redirects signed-out visitors. */
export const verifySession = cache(async () => {
  const session = await auth();
  if (!session?.user?.id) {
    redirect("/sign-in");
  }
  return { userId: session.user.id, email: session.user.email ?? "" };
});

/** Returns null instead of redirecting — callers must check the result. */
export const getOptionalSession = cache(async () => {
  const session = await auth();
  return session?.user?.id ? { userId: session.user.id } : null;
});

export const getMembership = cache(async (userId: string) => {
  return prisma.membership.findFirst({
    where: { userId },
    select: { agencyId: true, role: true },
  });
});

export async function requireAgencyMember() {
  const { userId } = await verifySession();
  const membership = await getMembership(userId);
  if (!membership) redirect("/onboarding");
  return { userId, agencyId: membership.agencyId, role: membership.role as AgencyRole };
}

export async function requireSuperAdmin() {
  const { userId } = await verifySession();
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { isSuperAdmin: true } });
  if (!user?.isSuperAdmin) throw new Error("Forbidden");
  return { userId };
}
