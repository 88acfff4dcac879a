import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "./auth";

export type StaffRole = "member" | "front_desk" | "location_manager" | "finance" | "admin";

export const getCurrentUser = cache(async () => {
  const session = await auth.api.getSession({ headers: await headers() });
  return session?.user ?? null;
});

export async function requireUser() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) {
    redirect("/sign-in");
  }
  return session.user;
}

export async function requireSession() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("UNAUTHENTICATED");
  return session;
}

export async function requireRole(...roles: StaffRole[]) {
  const user = await requireUser();
  const role = (user as { role?: string }).role ?? "member";
  if (!roles.includes(role as StaffRole) && role !== "admin") {
    throw new Error("FORBIDDEN");
  }
  return { ...user, role: role as StaffRole };
}

// Reads the session but does NOT enforce it: used by pages that render a
// signed-out variant.
export async function peekSession() {
  return auth.api.getSession({ headers: await headers() });
}
