import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { auth } from "./better-auth";

// Operator super-admins (better-auth admin plugin role "admin").
export async function requireSuperAdmin() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session || session.user.role !== "admin") notFound();
  return session.user;
}

// Async, returns boolean. Must be awaited.
export async function isSuperAdmin() {
  const session = await auth.api.getSession({ headers: await headers() });
  return session?.user.role === "admin";
}
