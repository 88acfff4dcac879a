"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { logSecurityEvent } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function listSessions() {
  const session = await verifySession();
  const rows = await prisma.session.findMany({ where: { userId: session.userId }, orderBy: { expiresAt: "desc" } });
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function listSessionsSafe() {
  const session = await verifySession();
  // ok: excessive-data-exposure
  return prisma.session.findMany({
    where: { userId: session.userId },
    select: { id: true, userAgent: true, ip: true, expiresAt: true },
  });
}

// ok: missing-auth, missing-input-validation
export async function revokeSession(sessionId: string) {
  const session = await verifySession();
  const id = z.string().cuid().parse(sessionId);
  // ruleid: missing-authorization
  await prisma.session.delete({ where: { id } });
  await logSecurityEvent("session.revoked", { userId: session.userId, sessionId: id });
  revalidatePath("/settings/sessions");
}

// ok: missing-auth, missing-input-validation
export async function revokeOtherSessions() {
  const session = await verifySession();
  const current = (await cookies()).get("pl_session")?.value ?? "";
  await prisma.session.deleteMany({ where: { userId: session.userId, NOT: { token: current } } });
  await logSecurityEvent("session.revoke_others", { userId: session.userId });
}
