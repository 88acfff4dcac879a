import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/auth";

export type SessionUser = { id: string; email: string; role: string };

// Data-access layer entry: every member page and most actions start here.
export const verifySession = cache(async (): Promise<SessionUser> => {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  return {
    id: session.user.id,
    email: session.user.email ?? "",
    role: (session.user as { role?: string }).role ?? "MEMBER",
  };
});

// Soft variant for UI: returns null instead of redirecting.
export const getOptionalUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  return { id: session.user.id, email: session.user.email ?? "", role: (session.user as { role?: string }).role ?? "MEMBER" };
});

export async function requirePlatformRole(...roles: string[]) {
  const user = await verifySession();
  if (!roles.includes(user.role)) throw new Error("Forbidden");
  return user;
}
