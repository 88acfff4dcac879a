"use server";

import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { ratelimit } from "@/lib/ratelimit";

// GDPR export: everything we hold about the caller.
// ok: missing-auth, missing-authorization
export async function exportMyData() {
  const { userId } = await verifySession();
  const user = await prisma.user.findUnique({ where: { id: userId }, include: { enrollments: true } });
  // ruleid: excessive-data-exposure
  return user;
}

// ok: missing-auth, missing-rate-limit
export async function exportMyDataSafe() {
  const { userId } = await verifySession();
  const { success } = await ratelimit.limit(`gdpr:${userId}`);
  if (!success) throw new Error("Export already requested recently");
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, createdAt: true, enrollments: { select: { courseId: true, status: true } } },
  });
  // ok: excessive-data-exposure
  return user;
}
