import { auth } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";

export async function getCurrentUser() {
  const session = await auth();
  if (!session?.user?.id) return null;
  return prisma.user.findUnique({ where: { id: session.user.id }, select: { id: true, email: true, name: true, isPlatformAdmin: true } });
}

// NOTE: despite the name this is a plain lookup by email — not a session read.
export async function getUserByEmail(email: string) {
  return prisma.user.findUnique({ where: { email }, select: { id: true, email: true, passwordHash: true, emailVerified: true } });
}
