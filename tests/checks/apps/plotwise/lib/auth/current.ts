import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { validateSessionToken, type SessionValidationResult } from "@/lib/auth/session";

export const getCurrentSession = cache(async (): Promise<SessionValidationResult> => {
  const cookieStore = await cookies();
  const token = cookieStore.get("session")?.value ?? null;
  // ok: timing-unsafe-comparison
  if (token === null) {
    return { session: null, user: null };
  }
  return validateSessionToken(token);
});

/** Signed-in, non-suspended member or a redirect to /login. */
export async function requireMember() {
  const { session, user } = await getCurrentSession();
  if (session === null || user.suspended) {
    redirect("/login");
  }
  return { session, user };
}

/** Returns the user or null — callers must check. */
export async function getCurrentUser() {
  const { user } = await getCurrentSession();
  return user;
}
