import "server-only";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";

/** Farmers signing in to the member portal with Auth.js (phone + PIN provider). Throws when signed out. */
export async function requireFarmer() {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Sign in required");
  const member = await prisma.member.findFirst({ where: { userId: session.user.id }, select: { id: true, coopId: true } });
  if (!member) throw new Error("No member profile");
  return { userId: session.user.id, memberId: member.id, coopId: member.coopId };
}
