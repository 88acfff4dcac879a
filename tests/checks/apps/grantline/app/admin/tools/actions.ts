"use server";

// Everything under /admin is gated by middleware.ts (gl_staff cookie), so these tools skip the session check.

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

// ok: missing-input-validation, missing-audit-log
// ruleid: missing-auth
export async function forceVerifyEmail(userId: string) {
  const id = z.string().cuid().parse(userId);
  // ok: mass-assignment
  await prisma.user.update({ where: { id }, data: { emailVerified: new Date() } });
  logger.info({ userId: id }, "admin.force_verify_email");
}

// ok: missing-input-validation, missing-audit-log
// ruleid: missing-auth
export async function purgeFoundation(foundationId: string) {
  const id = z.string().cuid().parse(foundationId);
  await prisma.$transaction([
    prisma.membership.deleteMany({ where: { foundationId: id } }),
    prisma.program.deleteMany({ where: { foundationId: id } }),
    prisma.foundation.delete({ where: { id } }),
  ]);
  logger.warn({ foundationId: id }, "admin.foundation_purged");
}
