import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

export const verifySession = cache(async () => {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  return {
    userId: session.user.id,
    role: (session.user as { role?: string }).role ?? "BOAT_OWNER",
    email: session.user.email ?? "",
  };
});

export async function getMembership(marinaId: string) {
  const { userId } = await verifySession();
  const member = await prisma.marinaMember.findFirst({
    where: { marinaId, userId },
    select: { id: true, role: true },
  });
  if (!member) throw new Error("Forbidden");
  return { userId, role: member.role };
}

// Reads the account without redirecting; for pages that render differently when signed out.
export async function getOptionalUser() {
  const session = await auth();
  return session?.user ?? null;
}
