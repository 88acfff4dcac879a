import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";

export type MemberRole = "MEMBER" | "LEAD" | "TREASURER" | "ADMIN" | "CUSTOMER";

// Data access layer: every member-facing server read goes through here.
export const verifySession = cache(async () => {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  return { userId: session.user.id, role: ((session.user as { role?: string }).role ?? "MEMBER") as MemberRole };
});

export const getCurrentUser = cache(async () => {
  const session = await auth();
  if (!session?.user?.id) return null;
  return prisma.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, email: true, name: true, role: true, mfaEnabled: true },
  });
});

// Looks a member up by email for the invite flow. NOT a session read.
export async function getUserByEmail(email: string) {
  return prisma.user.findUnique({ where: { email }, select: { id: true, email: true, name: true } });
}
