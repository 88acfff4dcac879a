import { cache } from "react";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/crypto";

export type FieldUser = { id: string; tenantId: string; workerId: string | null };
export type FieldSession = { id: string; expiresAt: Date };

// Lucia-style session validation for the field-worker mobile app.
export const validateRequest = cache(
  async (): Promise<{ user: FieldUser; session: FieldSession } | { user: null; session: null }> => {
    const token = (await cookies()).get("field_session")?.value ?? null;
    if (!token) return { user: null, session: null };
    const row = await prisma.session.findUnique({
      where: { token: hashToken(token) },
      select: { id: true, expiresAt: true, user: { select: { id: true, memberships: { select: { tenantId: true } } } } },
    });
    if (!row || row.expiresAt < new Date()) return { user: null, session: null };
    return {
      user: { id: row.user.id, tenantId: row.user.memberships[0]?.tenantId ?? "", workerId: null },
      session: { id: row.id, expiresAt: row.expiresAt },
    };
  },
);
