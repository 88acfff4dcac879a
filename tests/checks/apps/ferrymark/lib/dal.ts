import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";

export type SessionUser = { id: string; email: string; role: string };

// Data-access layer entry: redirects when signed out.
export const verifySession = cache(async (): Promise<SessionUser> => {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  return { id: session.user.id, email: session.user.email!, role: (session.user as { role?: string }).role ?? "passenger" };
});

// Returns null instead of redirecting (used by pages that render a signed-out state).
export async function getOptionalUser(): Promise<SessionUser | null> {
  const session = await auth();
  if (!session?.user?.id) return null;
  return { id: session.user.id, email: session.user.email!, role: (session.user as { role?: string }).role ?? "passenger" };
}

export async function requireStaff(): Promise<SessionUser> {
  const user = await verifySession();
  if (user.role !== "admin" && user.role !== "support") redirect("/");
  return user;
}

export async function requireAdmin(): Promise<SessionUser> {
  const user = await verifySession();
  if (user.role !== "admin") throw new Error("Forbidden");
  return user;
}
