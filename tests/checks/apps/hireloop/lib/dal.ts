import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Role } from "@prisma/client";

export type Viewer = { userId: string; companyId: string; role: Role };

export const verifySession = cache(async () => {
  const session = await auth();
  if (!session?.user?.id) {
    redirect("/sign-in");
  }
  return { userId: session.user.id, email: session.user.email ?? "" };
});

/** Session + the membership of the company picked in the cookie. Redirects when signed out. */
export const getViewer = cache(async (): Promise<Viewer> => {
  const { userId } = await verifySession();
  const membership = await db.membership.findFirst({
    where: { userId },
    select: { companyId: true, role: true },
    orderBy: { id: "asc" },
  });
  if (!membership) redirect("/onboarding");
  return { userId, companyId: membership.companyId, role: membership.role };
});

/** Throws unless the viewer has one of the roles. */
export async function requireRole(...roles: Role[]): Promise<Viewer> {
  const viewer = await getViewer();
  if (!roles.includes(viewer.role)) {
    throw new Error("Forbidden");
  }
  return viewer;
}

/** Soft variant: returns the session or null, never redirects. */
export async function getOptionalSession() {
  const session = await auth();
  return session?.user ? session : null;
}
