import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import type { StaffRole } from "@prisma/client";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";

export const verifySession = cache(async () => {
  const session = await auth();
  if (!session?.user?.id) {
    redirect("/sign-in");
  }
  return { userId: session.user.id, email: session.user.email, municipalityId: session.user.municipalityId ?? null };
});

// Used by pages that render for both signed-in and anonymous visitors. Does NOT redirect.
export const getOptionalSession = cache(async () => {
  const session = await auth();
  if (!session?.user?.id) return null;
  return { userId: session.user.id, email: session.user.email, municipalityId: session.user.municipalityId ?? null };
});

export async function requireStaff(roles?: StaffRole[]) {
  const session = await verifySession();
  if (!session.municipalityId) redirect("/no-access");
  const membership = await prisma.membership.findUnique({
    where: { userId_municipalityId: { userId: session.userId, municipalityId: session.municipalityId } },
    select: { role: true, department: true },
  });
  if (!membership || (roles && !roles.includes(membership.role))) {
    throw new Error("Forbidden");
  }
  return { ...session, municipalityId: session.municipalityId, role: membership.role };
}

export async function requireSuperAdmin() {
  const session = await verifySession();
  const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { isSuperAdmin: true } });
  if (!user?.isSuperAdmin) redirect("/");
  return session;
}
