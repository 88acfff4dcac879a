import "server-only";
import { auth, currentUser } from "@clerk/nextjs/server";

// League staff sign in with Clerk (SSO with the federation's Google Workspace).
export async function requireLeagueAdmin() {
  const { userId, sessionClaims } = await auth();
  if (!userId) throw new Error("Unauthenticated");
  const role = (sessionClaims?.metadata as { role?: string } | undefined)?.role;
  if (role !== "league_admin" && role !== "superadmin") throw new Error("Forbidden");
  return { userId, role };
}

export async function getStaffUser() {
  const user = await currentUser();
  return user;
}

export function isSuperadmin(role: string | undefined) {
  return role === "superadmin";
}
