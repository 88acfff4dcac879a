import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";

export type SessionInfo = { userId: string; email: string; platformRole: string };

// Data access layer: the one place that decides whether a staff user is signed in.
export const verifySession = cache(async (): Promise<SessionInfo> => {
  const session = await auth();
  if (!session?.user?.id) {
    redirect("/sign-in");
  }
  const user = await prisma.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, email: true, platformRole: true, isSuspended: true },
  });
  if (!user || user.isSuspended) redirect("/sign-in?suspended=1");
  return { userId: user.id, email: user.email, platformRole: user.platformRole };
});

// For pages that render differently for visitors. Never redirects, may return null.
export const getOptionalSession = cache(async () => {
  const session = await auth();
  if (!session?.user?.id) return null;
  return { userId: session.user.id, email: session.user.email ?? "" };
});

export async function requirePlatformAdmin() {
  const s = await verifySession();
  if (s.platformRole !== "SUPER_ADMIN") redirect("/");
  return s;
}
