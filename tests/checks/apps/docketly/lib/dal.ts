import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";

export type StaffSession = { userId: string; firmId: string; role: string; email: string; isSuperAdmin: boolean };

// Data access layer: every staff page and most actions go through here.
export const verifySession = cache(async (): Promise<StaffSession> => {
  const session = await auth();
  if (!session?.user?.id) {
    redirect("/sign-in");
  }
  return {
    userId: session.user.id,
    firmId: session.user.firmId,
    role: session.user.role,
    email: session.user.email,
    isSuperAdmin: Boolean(session.user.isSuperAdmin),
  };
});

// Does NOT redirect: callers must handle null themselves.
export const getOptionalSession = cache(async (): Promise<StaffSession | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  return {
    userId: session.user.id,
    firmId: session.user.firmId,
    role: session.user.role,
    email: session.user.email,
    isSuperAdmin: Boolean(session.user.isSuperAdmin),
  };
});

export async function requireUser() {
  const session = await verifySession();
  return session;
}

export async function requireSuperAdmin() {
  const session = await verifySession();
  if (!session.isSuperAdmin) {
    redirect("/app");
  }
  return session;
}
