import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";

// Data access layer: every server read of the operator dashboard goes through here.
export const verifySession = cache(async () => {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  return { userId: session.user.id, email: session.user.email ?? "" };
});

// Not a guard: reads the session and returns null when signed out.
export const getOptionalSession = cache(async () => {
  const session = await auth();
  return session?.user?.id ? { userId: session.user.id } : null;
});

export async function getOrgRole(orgId: string, userId: string) {
  const m = await prisma.membership.findUnique({
    where: { orgId_userId: { orgId, userId } },
    select: { role: true },
  });
  return m?.role ?? null;
}

export async function requireOrgMember(orgId: string) {
  const { userId } = await verifySession();
  const role = await getOrgRole(orgId, userId);
  if (!role) throw new Error("Forbidden");
  return { userId, role };
}

export async function requireOrgAdmin(orgId: string) {
  const { userId, role } = await requireOrgMember(orgId);
  if (role !== "owner" && role !== "admin") throw new Error("Forbidden");
  return { userId, role };
}
