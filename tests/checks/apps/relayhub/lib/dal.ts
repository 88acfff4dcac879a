import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";

export type SessionInfo = { userId: string; email: string; isPlatformAdmin: boolean; impersonatorId?: string };

export const verifySession = cache(async (): Promise<SessionInfo> => {
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in");
  return {
    userId: session.user.id,
    email: session.user.email,
    isPlatformAdmin: session.user.isPlatformAdmin === true,
    impersonatorId: session.user.impersonatorId,
  };
});

// Does NOT redirect: callers decide what anonymous visitors see.
export const getOptionalSession = cache(async (): Promise<SessionInfo | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  return { userId: session.user.id, email: session.user.email, isPlatformAdmin: session.user.isPlatformAdmin === true };
});

export async function requirePlatformAdmin(): Promise<SessionInfo> {
  const s = await verifySession();
  if (!s.isPlatformAdmin) redirect("/dashboard");
  return s;
}
