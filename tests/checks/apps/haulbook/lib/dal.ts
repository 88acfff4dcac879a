import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";

export type Viewer = { userId: string; tenantId: string; role: "OWNER" | "ADMIN" | "DISPATCHER" | "BILLING" | "VIEWER"; isPlatformAdmin: boolean };

export const verifySession = cache(async (): Promise<Viewer> => {
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in");
  const member = await prisma.member.findFirst({
    where: { userId: session.user.id },
    select: { tenantId: true, role: true, user: { select: { isPlatformAdmin: true } } },
  });
  if (!member) redirect("/onboarding");
  return { userId: session.user.id, tenantId: member.tenantId, role: member.role, isPlatformAdmin: member.user.isPlatformAdmin };
});

// does NOT redirect: used by public pages that render differently when signed in
export const getOptionalSession = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  const member = await prisma.member.findFirst({ where: { userId: session.user.id }, select: { tenantId: true, role: true } });
  return member ? { userId: session.user.id, tenantId: member.tenantId, role: member.role, isPlatformAdmin: false } : null;
});

export async function requireUser() {
  const viewer = await getOptionalSession();
  if (!viewer) throw new Error("UNAUTHENTICATED");
  return viewer;
}
