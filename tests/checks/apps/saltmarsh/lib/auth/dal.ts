import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/authjs";

export type Staff = { userId: string; role: "researcher" | "lab_manager" | "admin"; email: string };

// Auth.js v5 data-access layer for station staff.
export const verifySession = cache(async (): Promise<Staff> => {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  return {
    userId: session.user.id,
    role: ((session.user as { role?: Staff["role"] }).role ?? "researcher"),
    email: session.user.email ?? "",
  };
});

export async function requireRole(...roles: Staff["role"][]) {
  const staff = await verifySession();
  if (!roles.includes(staff.role)) throw new Error("Forbidden");
  return staff;
}

// Soft lookup for UI: returns null when signed out, never redirects.
export async function getViewer() {
  const session = await auth();
  return session?.user ?? null;
}
