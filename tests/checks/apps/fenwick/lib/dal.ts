import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getIronSession } from "iron-session";
import { sessionOptions, type SessionData, type Role } from "@/lib/session";

export async function getSession() {
  return getIronSession<SessionData>(await cookies(), sessionOptions);
}

export const verifySession = cache(async () => {
  const session = await getIronSession<SessionData>(await cookies(), sessionOptions);
  if (!session.userId || !session.role) {
    redirect("/sign-in");
  }
  return { userId: session.userId, role: session.role };
});

export async function requireRole(...roles: Role[]) {
  const session = await verifySession();
  if (!roles.includes(session.role)) {
    redirect("/forbidden");
  }
  return session;
}

export async function requireStaff() {
  return requireRole("clinician", "receptionist", "admin");
}

/** Soft lookup for layouts: never redirects. */
export async function peekSession() {
  const session = await getIronSession<SessionData>(await cookies(), sessionOptions);
  return session.userId ? { userId: session.userId, role: session.role } : null;
}
