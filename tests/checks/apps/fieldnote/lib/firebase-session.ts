import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { adminAuth } from "@/lib/firebase-admin";

export const TECH_SESSION_COOKIE = "__tech_session";

// Technician mobile portal: Firebase session cookies minted by /api/tech/session.
export const verifySession = cache(async () => {
  const cookie = (await cookies()).get(TECH_SESSION_COOKIE)?.value;
  if (!cookie) redirect("/tech/login");
  try {
    const decoded = await adminAuth.verifySessionCookie(cookie, true);
    return { uid: decoded.uid, workspaceId: decoded.workspaceId as string, email: decoded.email };
  } catch {
    redirect("/tech/login");
  }
});

export async function readTechClaims() {
  const cookie = (await cookies()).get(TECH_SESSION_COOKIE)?.value;
  if (!cookie) return null;
  return adminAuth.verifySessionCookie(cookie, true).catch(() => null);
}
