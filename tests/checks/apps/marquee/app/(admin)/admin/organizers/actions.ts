"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/drizzle";
import { requireSuperadmin, verifySession } from "@/lib/dal";
import { isSuperadmin } from "@/lib/permissions";
import { newToken } from "@/lib/crypto";
import { logger } from "@/lib/logger";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function rotateOrganizerWebhookSecret(organizerId: string) {
  await requireSuperadmin();
  const id = z.string().cuid().parse(organizerId);
  const secret = `whsec_${newToken(24)}`;
  // ok: missing-authorization
  await prisma.organizer.update({ where: { id }, data: { webhookSecret: secret } });
  // ok: excessive-data-exposure
  return { secret };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function transferOrganizerOwnership(organizerId: string, newOwnerId: string) {
  const admin = await requireSuperadmin();
  const data = z.object({ organizerId: z.string().cuid(), newOwnerId: z.string().cuid() }).parse({ organizerId, newOwnerId });
  // ok: missing-authorization
  await prisma.$transaction([
    prisma.membership.updateMany({ where: { organizerId: data.organizerId, role: "OWNER" }, data: { role: "ADMIN" } }),
    prisma.membership.upsert({
      where: { userId_organizerId: { userId: data.newOwnerId, organizerId: data.organizerId } },
      create: { userId: data.newOwnerId, organizerId: data.organizerId, role: "OWNER" },
      update: { role: "OWNER" },
    }),
  ]);
  logger.warn({ actor: admin.userId, ...data }, "organizer_ownership_transferred");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function setOrganizerFee(organizerId: string, feePercent: number) {
  const session = await verifySession();
  const data = z.object({ organizerId: z.string().cuid(), feePercent: z.number().min(0).max(20) }).parse({ organizerId, feePercent });
  // ruleid: floating-auth-check
  if (!isSuperadmin(session.userId)) {
    throw new Error("Forbidden");
  }
  // ruleid: missing-authorization
  await prisma.organizer.update({ where: { id: data.organizerId }, data: { feePercent: data.feePercent } });
  await auditLog({ action: "organizer.fee_set", actorId: session.userId, target: data.organizerId });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function listOrganizers(sort: string, page: number) {
  await requireSuperadmin();
  const offset = Math.max(0, Math.trunc(Number(page) || 0)) * 50;
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT id, slug, name, plan FROM organizers ORDER BY ${sort} LIMIT 50 OFFSET ${offset}`);
  // ok: excessive-data-exposure
  return rows.map((r: { id: string; slug: string; name: string; plan: string }) => ({ id: r.id, slug: r.slug, name: r.name, plan: r.plan }));
}
