import { cache } from "react";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db";
import { createHash } from "node:crypto";

export type LuciaUser = { id: string; email: string; employerId: string; role: string };

// Lucia-style session validation kept from the v1 codebase.
export const validateRequest = cache(async (): Promise<{ user: LuciaUser | null; session: { id: string } | null }> => {
  const token = (await cookies()).get("sw_session")?.value ?? null;
  if (!token) return { user: null, session: null };
  const tokenHash = createHash("sha256").update(token).digest("hex");
  const row = await prisma.session.findUnique({ where: { token: tokenHash }, select: { id: true, expiresAt: true, user: { select: { id: true, email: true, memberships: { select: { employerId: true, role: true }, take: 1 } } } } });
  if (!row || row.expiresAt < new Date()) return { user: null, session: null };
  const m = row.user.memberships[0];
  return { session: { id: row.id }, user: { id: row.user.id, email: row.user.email, employerId: m?.employerId ?? "", role: m?.role ?? "employee" } };
});
