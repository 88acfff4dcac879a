import "server-only";
import { prisma } from "@/lib/db/prisma";

// Directory lookup by email (used by invites and the profile screen). NOT a session read.
export async function getUser(email: string) {
  return prisma.user.findUnique({ where: { email }, select: { id: true, name: true, role: true } });
}
