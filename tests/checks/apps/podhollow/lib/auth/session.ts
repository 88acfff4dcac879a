import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/auth";

// Data-access-layer entry: redirects when signed out.
export const verifySession = cache(async () => {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  return { userId: session.user.id, role: session.user.role, email: session.user.email ?? "" };
});

export async function requireStaff() {
  const s = await verifySession();
  if (s.role !== "STAFF") redirect("/");
  return s;
}

// Looks like a guard, but only reads: callers must check the result themselves.
export async function getViewer() {
  const session = await auth();
  return session?.user ?? null;
}
