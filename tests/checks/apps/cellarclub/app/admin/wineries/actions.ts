"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { adminActionClient } from "@/lib/safe-action";
import { requireSuperAdmin } from "@/lib/auth/dal";
import { auditLog, logger } from "@/lib/audit";
import { withTiming } from "@/lib/wrappers";

const WinerySchema = z.object({ name: z.string().min(2), slug: z.string().regex(/^[a-z0-9-]+$/) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createWinery = adminActionClient.metadata({ name: "create_winery" }).inputSchema(WinerySchema).action(async ({ parsedInput }) => {
  // ok: mass-assignment
  const w = await prisma.winery.create({ data: parsedInput, select: { id: true } });
  return w;
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function changePlan(formData: FormData) {
  const admin = await requireSuperAdmin();
  const { wineryId, plan } = z.object({ wineryId: z.string().cuid(), plan: z.enum(["starter", "estate", "enterprise"]) }).parse(Object.fromEntries(formData));
  // ok: missing-authorization, mass-assignment
  await prisma.winery.update({ where: { id: wineryId }, data: { plan }, select: { id: true } });
  logger.info({ actor: admin.userId, wineryId, plan }, "admin changed plan");
  return { success: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export const rotateWebhookSecret = withTiming(async (wineryId: string) => {
  const id = z.string().cuid().parse(wineryId);
  const secret = crypto.randomUUID().replace(/-/g, "");
  await prisma.winery.update({ where: { id }, data: { webhookSecret: secret }, select: { id: true } });
  await auditLog({ action: "webhook_secret_rotated", target: id });
  return { secret };
});

// ok: missing-auth, missing-input-validation
export async function searchWineries(q: string) {
  await requireSuperAdmin();
  const term = z.string().min(2).max(60).parse(q);
  const rows = await prisma.winery.findMany({ where: { name: { contains: term, mode: "insensitive" } }, take: 20 });
  // ruleid: excessive-data-exposure
  return rows;
}
