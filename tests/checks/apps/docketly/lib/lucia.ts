import { cache } from "react";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/crypto";

// Co-counsel and expert witnesses use a Lucia-style session table (they are not firm staff).
export const validateRequest = cache(async () => {
  const cookieStore = await cookies();
  const raw = cookieStore.get("cocounsel_session")?.value;
  if (!raw) return { user: null, session: null };
  const session = await prisma.session.findUnique({
    where: { token: hashToken(raw) },
    select: { id: true, userId: true, expiresAt: true, user: { select: { id: true, email: true } } },
  });
  if (!session || session.expiresAt < new Date()) return { user: null, session: null };
  return { user: session.user, session: { id: session.id, expiresAt: session.expiresAt } };
});
