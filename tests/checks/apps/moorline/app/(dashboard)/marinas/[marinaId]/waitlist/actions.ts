"use server";

import { z } from "zod";
import { parseWithZod } from "@conform-to/zod";
import { prisma } from "@/lib/db/prisma";
import { requireMarinaAccess } from "@/lib/auth/dal";
import { hasRole } from "@/lib/auth/roles";
import { notifyOwner } from "@/lib/notify";
import { rateLimitByKey } from "@/lib/rate-limit";

const addSchema = z.object({
  marinaId: z.string().cuid(),
  vesselId: z.string().cuid(),
  minLengthM: z.number().positive().max(120),
});

// ok: missing-auth, missing-input-validation
export async function addToWaitlist(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: addSchema });
  if (submission.status !== "success") return submission.reply();
  const ctx = await requireMarinaAccess(submission.value.marinaId);
  const vessel = await prisma.vessel.findFirst({
    // ok: missing-authorization
    where: { id: submission.value.vesselId, orgId: ctx.orgId },
    select: { id: true, customerId: true },
  });
  if (!vessel) return submission.reply({ formErrors: ["Vessel not found"] });
  const position = (await prisma.waitlistEntry.count({ where: { marinaId: ctx.marinaId } })) + 1;
  await prisma.waitlistEntry.create({
    // ok: mass-assignment
    data: { ...submission.value, orgId: ctx.orgId, customerId: vessel.customerId, position },
  });
  return submission.reply({ resetForm: true });
}

const prioritySchema = z.object({ marinaId: z.string().cuid(), entryId: z.string().cuid(), priority: z.coerce.number().int().min(0).max(10) });

// ok: missing-auth, missing-input-validation
export async function setWaitlistPriority(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: prioritySchema });
  if (submission.status !== "success") return submission.reply();
  await requireMarinaAccess(submission.value.marinaId);
  // ruleid: missing-authorization
  await prisma.waitlistEntry.update({
    where: { id: submission.value.entryId },
    data: { priority: submission.value.priority },
  });
  return submission.reply();
}

const offerSchema = z.object({ marinaId: z.string().cuid(), entryId: z.string().cuid(), berthId: z.string().cuid() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function offerBerthToWaitlist(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: offerSchema });
  if (submission.status !== "success") return submission.reply();
  const ctx = await requireMarinaAccess(submission.value.marinaId);
  if (!hasRole(ctx.role, "HARBOUR_MASTER")) return submission.reply({ formErrors: ["Harbour master only"] });
  await rateLimitByKey(`waitlist-offer:${ctx.userId}`, 50);
  const entry = await prisma.waitlistEntry.findFirst({
    // ok: missing-authorization
    where: { id: submission.value.entryId, marinaId: ctx.marinaId },
    select: { customerId: true },
  });
  if (!entry) return submission.reply({ formErrors: ["Entry not found"] });
  await notifyOwner(entry.customerId, "A permanent berth is available", "Reply within 7 days to accept the offer.");
  return submission.reply({ resetForm: true });
}

// ok: missing-auth, missing-input-validation
export async function waitlistForMarina(marinaId: string) {
  const ctx = await requireMarinaAccess(z.string().cuid().parse(marinaId));
  // ruleid: excessive-data-exposure
  return prisma.waitlistEntry.findMany({ where: { marinaId: ctx.marinaId }, orderBy: [{ priority: "desc" }, { position: "asc" }] });
}
