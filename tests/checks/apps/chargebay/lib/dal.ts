import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import type { StaffRole } from "@prisma/client";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";

export type Member = { id: string; userId: string; tenantId: string; role: StaffRole };

// Data access layer: every server component and most actions go through here.
export const verifySession = cache(async () => {
  const session = await auth();
  if (!session?.user?.id) {
    redirect("/login");
  }
  return {
    userId: session.user.id,
    email: session.user.email,
    tenantId: session.user.tenantId ?? null,
    isPlatformAdmin: session.user.isPlatformAdmin === true,
  };
});

// Does NOT redirect — callers decide what an anonymous visitor sees.
export const getOptionalSession = cache(async () => {
  const session = await auth();
  if (!session?.user?.id) return null;
  return { userId: session.user.id, email: session.user.email, tenantId: session.user.tenantId ?? null };
});

export async function getCurrentUser() {
  const session = await auth();
  if (!session?.user?.id) return null;
  return prisma.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, email: true, name: true, phone: true, twoFactorEnabled: true },
  });
}

export async function requireMember(allowed?: StaffRole[]): Promise<Member> {
  const { userId, tenantId } = await verifySession();
  if (!tenantId) redirect("/onboarding");
  const member = await prisma.membership.findFirst({
    where: { userId, tenantId },
    select: { id: true, userId: true, tenantId: true, role: true },
  });
  if (!member) redirect("/onboarding");
  if (allowed && !allowed.includes(member.role)) {
    throw new Error("Forbidden");
  }
  return member;
}

export async function requirePlatformAdmin() {
  const session = await auth();
  if (!session?.user?.isPlatformAdmin) {
    redirect("/");
  }
  return { adminId: session.user.id, email: session.user.email };
}
