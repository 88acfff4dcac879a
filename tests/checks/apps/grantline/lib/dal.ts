import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";

export type SessionInfo = { userId: string; email: string; foundationId: string | null; role: string | null };

/** Data-access-layer session: redirects to /login when signed out. */
export const verifySession = cache(async (): Promise<SessionInfo> => {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const m = await prisma.membership.findFirst({
    where: { userId: session.user.id },
    select: { foundationId: true, role: true },
  });
  return { userId: session.user.id, email: session.user.email ?? "", foundationId: m?.foundationId ?? null, role: m?.role ?? null };
});

/** Does NOT redirect; returns null for anonymous visitors (used by public pages). */
export const getOptionalSession = cache(async () => {
  const session = await auth();
  return session?.user ? { userId: session.user.id as string, email: session.user.email ?? "" } : null;
});
