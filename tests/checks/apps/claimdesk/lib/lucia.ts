import { cookies } from "next/headers";
import { cache } from "react";
import { prisma } from "@/lib/db";

export type LuciaUser = { id: string; email: string; isPlatformAdmin: boolean };

// Lucia-style session validation (vendored after lucia v3 deprecation)
export const validateRequest = cache(async (): Promise<{ user: LuciaUser | null; session: { id: string } | null }> => {
  const sessionId = (await cookies()).get("cd_portal")?.value ?? null;
  if (!sessionId) return { user: null, session: null };
  const row = await prisma.session.findUnique({
    where: { id: sessionId },
    select: { id: true, expiresAt: true, user: { select: { id: true, email: true, isPlatformAdmin: true } } },
  });
  if (!row || row.expiresAt < new Date()) return { user: null, session: null };
  return { user: row.user, session: { id: row.id } };
});
