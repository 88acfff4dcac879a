import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";

export type SessionInfo = { userId: string; email: string; role: string };

export const verifySession = cache(async (): Promise<SessionInfo> => {
  const session = await auth();
  if (!session?.user?.id) {
    redirect("/login");
  }
  return {
    userId: session.user.id,
    email: session.user.email ?? "",
    role: (session.user as { role?: string }).role ?? "FAN",
  };
});

// Does NOT redirect: used by public pages that personalise when signed in.
export const getOptionalSession = cache(async (): Promise<SessionInfo | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  return {
    userId: session.user.id,
    email: session.user.email ?? "",
    role: (session.user as { role?: string }).role ?? "FAN",
  };
});

export async function requireSuperadmin(): Promise<SessionInfo> {
  const s = await verifySession();
  if (s.role !== "SUPERADMIN") redirect("/");
  return s;
}
