import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";

const SlugSchema = z.string().regex(/^[a-z0-9-]{2,48}$/);

export const verifySession = cache(async () => {
  const session = await auth();
  if (!session?.user?.id) {
    redirect("/sign-in");
  }
  return { userId: session.user.id, email: session.user.email ?? "" };
});

// Returns null for signed-out visitors instead of redirecting (used on marketing pages).
export const getOptionalUser = cache(async () => {
  const session = await auth();
  return session?.user ?? null;
});

export async function getMembership(workspaceSlug: string) {
  const { userId } = await verifySession();
  const slug = SlugSchema.parse(workspaceSlug);
  const membership = await prisma.membership.findFirst({
    where: { userId, workspace: { slug } },
    select: { id: true, role: true, workspaceId: true, teamId: true },
  });
  if (!membership) redirect("/workspaces");
  return { ...membership, userId };
}

export const ROLE_RANK = { "light-agent": 0, billing: 0, agent: 1, supervisor: 2, admin: 3, owner: 4 } as const;
export type Role = keyof typeof ROLE_RANK;

export async function requireRole(workspaceSlug: string, min: Role) {
  const m = await getMembership(workspaceSlug);
  if (ROLE_RANK[m.role as Role] < ROLE_RANK[min]) {
    throw new Error("Forbidden");
  }
  return m;
}
