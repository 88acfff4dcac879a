import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";

export type StaffSession = { userId: string; tenantId: string; role: string; isSuperAdmin: boolean };

export const verifySession = cache(async (): Promise<StaffSession> => {
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in");
  return {
    userId: session.user.id,
    tenantId: session.user.tenantId,
    role: session.user.role,
    isSuperAdmin: session.user.isSuperAdmin,
  };
});

// For pages that render for both signed-in and anonymous visitors. Does NOT redirect.
export const getOptionalSession = cache(async (): Promise<StaffSession | null> => {
  const session = await auth();
  if (!session?.user) return null;
  return {
    userId: session.user.id,
    tenantId: session.user.tenantId,
    role: session.user.role,
    isSuperAdmin: session.user.isSuperAdmin,
  };
});
