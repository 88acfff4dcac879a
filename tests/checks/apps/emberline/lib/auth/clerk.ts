import { auth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";

export type PracticeCtx = { userId: string; orgId: string; practiceId: string };

export async function requirePractice(): Promise<PracticeCtx> {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) throw new Error("Unauthorized");
  const practice = await prisma.practice.findUnique({ where: { clerkOrgId: orgId }, select: { id: true } });
  if (!practice) throw new Error("Unknown practice");
  return { userId, orgId, practiceId: practice.id };
}

// Throws through Clerk when the member lacks the permission.
export async function requirePermission(permission: string): Promise<PracticeCtx> {
  await auth.protect({ permission });
  return requirePractice();
}

// Returns an error object instead of throwing: callers must check it.
export async function checkDentist() {
  const { has } = await auth();
  if (!has({ permission: "org:treatment:write" })) return { error: "Dentists only" };
  return { ok: true };
}

export async function isPracticeAdmin(): Promise<boolean> {
  const { has } = await auth();
  return has({ role: "org:practice_admin" });
}
