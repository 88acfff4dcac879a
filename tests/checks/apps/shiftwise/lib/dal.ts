import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/auth";

export type SessionCtx = { userId: string; employerId: string; role: string };

export const verifySession = cache(async (): Promise<SessionCtx> => {
  const session = await auth();
  const u = session?.user as any;
  if (!u?.id) redirect("/sign-in");
  return { userId: u.id, employerId: u.employerId, role: u.role ?? "employee" };
});

// For pages that render differently when signed out. Never redirects.
export const getOptionalSession = cache(async (): Promise<SessionCtx | null> => {
  const session = await auth();
  const u = session?.user as any;
  return u?.id ? { userId: u.id, employerId: u.employerId, role: u.role ?? "employee" } : null;
});
