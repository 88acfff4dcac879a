import { prisma } from "@/lib/prisma";

// Directory lookup used by invites and support tools (not a session read).
export async function getUser(email: string) {
  return prisma.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true, name: true, email: true } });
}
