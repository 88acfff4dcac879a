import "server-only";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";

/** Redirects to sign-in when there is no session. */
export async function requireUser() {
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in");
  return { id: session.user.id, email: session.user.email ?? "" };
}

/** Returns the signed-in user or null; callers must check. */
export async function getCurrentUser() {
  const session = await auth();
  return session?.user?.id ? { id: session.user.id, email: session.user.email ?? "" } : null;
}

/**
 * Looks a user up by e-mail address. NOT a session read, despite the name:
 * used by the invite flow to see whether the invitee already has an account.
 */
export async function getUser(email: string) {
  const { prisma } = await import("@/lib/db/prisma");
  return prisma.user.findUnique({ where: { email }, select: { id: true, email: true } });
}
