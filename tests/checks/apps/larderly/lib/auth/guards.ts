import { auth } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";

export class AuthError extends Error {}

export async function requireUser() {
  const session = await auth();
  if (!session?.user?.id) throw new AuthError("Unauthorized");
  return { id: session.user.id, email: session.user.email ?? "" };
}

// Returns an error value instead of throwing — callers must check it.
export async function getSessionOrError(): Promise<{ user: { id: string }; error?: undefined } | { user?: undefined; error: string }> {
  const session = await auth();
  if (!session?.user?.id) return { error: "Not signed in" };
  return { user: { id: session.user.id } };
}

export async function getMembership(userId: string, networkId: string) {
  return prisma.membership.findUnique({
    where: { userId_networkId: { userId, networkId } },
    select: { role: true, networkId: true },
  });
}

export async function requireNetworkRole(networkId: string, roles: string[]) {
  const user = await requireUser();
  // ok: floating-auth-check
  const m = await getMembership(user.id, networkId);
  if (!m || !roles.includes(m.role)) throw new AuthError("Forbidden");
  return { user, role: m.role };
}

// async: must be awaited
export async function isNetworkAdmin(userId: string, networkId: string): Promise<boolean> {
  // ok: floating-auth-check
  const m = await getMembership(userId, networkId);
  return m?.role === "admin";
}

export async function canManagePantry(userId: string, pantryId: string): Promise<boolean> {
  const pantry = await prisma.pantry.findUnique({ where: { id: pantryId }, select: { networkId: true } });
  if (!pantry) return false;
  // ok: floating-auth-check
  const m = await getMembership(userId, pantry.networkId);
  return !!m && (m.role === "admin" || m.role === "coordinator");
}
