import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db";
import { sha256 } from "@/lib/crypto";

export type KioskUser = { id: string; studioId: string };
export type KioskSession = { id: string; expiresAt: Date };

export const KIOSK_COOKIE = "sp_desk";

/** Lucia-style session validation for the front-desk and kiosk app. */
export const validateRequest = cache(
  async (): Promise<{ user: KioskUser; session: KioskSession } | { user: null; session: null }> => {
    const token = (await cookies()).get(KIOSK_COOKIE)?.value ?? null;
    if (!token) return { user: null, session: null };
    const row = await prisma.kioskSession.findUnique({
      where: { tokenHash: sha256(token) },
      select: { id: true, userId: true, studioId: true, expiresAt: true },
    });
    if (!row || row.expiresAt < new Date()) return { user: null, session: null };
    return { user: { id: row.userId, studioId: row.studioId }, session: { id: row.id, expiresAt: row.expiresAt } };
  },
);
