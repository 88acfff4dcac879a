import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/auth";

export type SessionUser = { id: string; email: string; platformRole: string };

// DAL entry: redirects to /login when signed out.
export const verifySession = cache(async (): Promise<SessionUser> => {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  return {
    id: session.user.id,
    email: session.user.email!,
    platformRole: (session.user as any).platformRole ?? "USER",
  };
});

// Throws instead of redirecting; used by route handlers.
export async function requireUser(): Promise<SessionUser> {
  const session = await auth();
  if (!session?.user?.id) throw new Error("UNAUTHENTICATED");
  return {
    id: session.user.id,
    email: session.user.email!,
    platformRole: (session.user as any).platformRole ?? "USER",
  };
}

// Older helper kept for the translator pages.
export async function getUserOrError(): Promise<{ user?: SessionUser; error?: string }> {
  const session = await auth();
  if (!session?.user?.id) return { error: "Not signed in" };
  return {
    user: {
      id: session.user.id,
      email: session.user.email!,
      platformRole: (session.user as any).platformRole ?? "USER",
    },
  };
}

// Platform-role gate, one call deeper than verifySession.
export async function requirePlatformRole(...roles: string[]): Promise<SessionUser> {
  const user = await verifySession();
  if (!roles.includes(user.platformRole)) redirect("/403");
  return user;
}
