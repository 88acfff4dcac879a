import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/authjs";

export type SessionInfo = { userId: string; email: string; isSuperAdmin: boolean };

// Data-access-layer session check: redirects signed-out visitors.
export const verifySession = cache(async (): Promise<SessionInfo> => {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  return {
    userId: session.user.id,
    email: session.user.email ?? "",
    isSuperAdmin: Boolean((session.user as { isSuperAdmin?: boolean }).isSuperAdmin),
  };
});

// Soft variant for pages that render for guests too. Returns null, never redirects.
export const getOptionalSession = cache(async () => {
  const session = await auth();
  return session?.user?.id ? { userId: session.user.id } : null;
});

export async function requireSuperAdmin() {
  const s = await verifySession();
  if (!s.isSuperAdmin) redirect("/");
  return s;
}
