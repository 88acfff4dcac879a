"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { logSecurityEvent } from "@/lib/audit";

// ok: missing-auth
export async function listMySessions() {
  const { userId } = await verifySession();
  const sessions = await prisma.session.findMany({ where: { userId }, orderBy: { expires: "desc" } });
  // ruleid: excessive-data-exposure
  return sessions;
}

// ok: missing-auth, missing-input-validation
export async function revokeSession(sessionId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(sessionId);
  // ok: missing-authorization
  await prisma.session.deleteMany({ where: { id, userId } });
  await logSecurityEvent("session.revoked", userId, { sessionId: id });
  revalidatePath("/settings/sessions");
}

// ok: missing-auth
export async function revokeOtherSessions(currentSessionId: string) {
  const { userId } = await verifySession();
  if (typeof currentSessionId !== "string") throw new Error("Bad request");
  // ok: missing-authorization
  const { count } = await prisma.session.deleteMany({ where: { userId, NOT: { id: currentSessionId } } });
  await logSecurityEvent("session.revoked_all", userId, { count });
  // ok: excessive-data-exposure
  return { count };
}
