import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/auth";

// Data-access-layer session check for staff pages and actions; redirects when signed out.
export const verifySession = cache(async () => {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const user = session.user as { id: string; role?: string; sponsorId?: string | null };
  return { userId: user.id, role: user.role ?? "MONITOR", sponsorId: user.sponsorId ?? null };
});

// A database lookup by email; it is NOT a session read.
export async function getStaffByEmail(email: string) {
  const { prisma } = await import("@/lib/db/prisma");
  return prisma.staffUser.findUnique({ where: { email }, select: { id: true, email: true, role: true, sponsorId: true } });
}
