import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect, notFound } from "next/navigation";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import type { StaffRole } from "@prisma/client";

export const verifySession = cache(async () => {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  return { userId: session.user.id, email: session.user.email ?? "" };
});

export type MarinaCtx = { userId: string; orgId: string; marinaId: string; role: StaffRole };

/** Membership of the signed-in user in the org owning `marinaId`; 404s otherwise. */
export const requireMarinaAccess = cache(async (marinaId: string): Promise<MarinaCtx> => {
  const { userId } = await verifySession();
  const marina = await prisma.marina.findUnique({ where: { id: marinaId }, select: { id: true, orgId: true } });
  if (!marina) notFound();
  const membership = await prisma.membership.findUnique({
    where: { userId_orgId: { userId, orgId: marina.orgId } },
    select: { role: true },
  });
  if (!membership) notFound();
  return { userId, orgId: marina.orgId, marinaId: marina.id, role: membership.role };
});

/** Active organisation from the org switcher cookie. */
export async function getActiveOrg() {
  const { userId } = await verifySession();
  const orgId = (await cookies()).get("ml_org")?.value;
  if (!orgId) redirect("/select-org");
  const membership = await prisma.membership.findUnique({
    where: { userId_orgId: { userId, orgId } },
    select: { orgId: true, role: true },
  });
  if (!membership) redirect("/select-org");
  return { userId, orgId: membership.orgId, role: membership.role };
}

/** Non-throwing variant for the mobile endpoints: returns `{ error }` when signed out. */
export async function getSessionUser(): Promise<{ user: { id: string; email: string } | null; error?: string }> {
  const session = await auth();
  if (!session?.user?.id) return { user: null, error: "Not signed in" };
  return { user: { id: session.user.id, email: session.user.email ?? "" } };
}
