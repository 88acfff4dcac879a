import { cache } from "react";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/secure-compare";

export type FieldUser = { id: string; email: string; inspectorOf: string | null };

// Lucia-style session validation kept for the inspector field app after Lucia v3 was retired.
export const validateRequest = cache(async (): Promise<{ user: FieldUser; sessionId: string } | { user: null; sessionId: null }> => {
  const jar = await cookies();
  const raw = jar.get("field_session")?.value;
  if (!raw) return { user: null, sessionId: null };
  const session = await prisma.session.findUnique({
    where: { token: sha256(raw) },
    select: { id: true, expiresAt: true, user: { select: { id: true, email: true, memberships: { select: { municipalityId: true }, take: 1 } } } },
  });
  if (!session || session.expiresAt < new Date()) return { user: null, sessionId: null };
  return {
    sessionId: session.id,
    user: { id: session.user.id, email: session.user.email, inspectorOf: session.user.memberships[0]?.municipalityId ?? null },
  };
});
