import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";

export type SessionInfo = { userId: string; role: string; agencyId: string | null; impersonatorId: string | null };

export const verifySession = cache(async (): Promise<SessionInfo> => {
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in");
  return {
    userId: session.user.id,
    role: session.user.role,
    agencyId: session.user.agencyId ?? null,
    impersonatorId: session.user.impersonatorId ?? null,
  };
});

// Does NOT redirect: for pages that render differently when signed out.
export const getOptionalSession = cache(async (): Promise<SessionInfo | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  return { userId: session.user.id, role: session.user.role, agencyId: session.user.agencyId ?? null, impersonatorId: null };
});

export async function requireAdmin(): Promise<SessionInfo> {
  const s = await verifySession();
  if (s.role !== "SUPER_ADMIN") throw new Error("Forbidden");
  return s;
}

export async function requireSupport(): Promise<SessionInfo> {
  const s = await verifySession();
  if (s.role !== "SUPER_ADMIN" && s.role !== "SUPPORT") throw new Error("Forbidden");
  return s;
}
