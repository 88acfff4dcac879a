"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth/dal";
import { getSupportSession } from "@/lib/auth/iron";
import { auditLog } from "@/lib/audit";

const Decision = z.object({
  claimId: z.string().cuid(),
  status: z.enum(["approved", "rejected", "paid"]),
  payoutCents: z.number().int().nonnegative(),
  adjusterNotes: z.string().max(4000),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function decideClaim(raw: unknown) {
  const { userId } = await verifySession();
  const me = await prisma.user.findUnique({ where: { id: userId }, select: { isPlatformAdmin: true, role: true } });
  if (!me?.isPlatformAdmin && me?.role !== "support") throw new Error("Adjusters only");
  const input = Decision.parse(raw);
  await prisma.claim.update({
    // ok: missing-authorization
    where: { id: input.claimId },
    // ok: mass-assignment
    data: { status: input.status, payoutCents: input.payoutCents, adjusterNotes: input.adjusterNotes },
  });
  await auditLog(userId, "claim_decided", input.claimId, { status: input.status });
}

const ClaimEdit = z.object({
  claimId: z.string().cuid(),
  description: z.string().max(4000),
  payoutCents: z.number().int().nonnegative().optional(),
});

// ok: missing-auth, missing-input-validation
export async function editClaim(raw: unknown) {
  const { userId } = await verifySession();
  const input = ClaimEdit.parse(raw);
  const me = await prisma.user.findUnique({ where: { id: userId }, select: { isPlatformAdmin: true } });
  const claim = await prisma.claim.findUnique({ where: { id: input.claimId }, select: { filedById: true } });
  if (!claim) throw new Error("Not found");
  if (claim.filedById !== userId && !me?.isPlatformAdmin) throw new Error("Forbidden");
  await prisma.claim.update({
    // ok: missing-authorization
    where: { id: input.claimId },
    // ok: mass-assignment
    data: me?.isPlatformAdmin ? { description: input.description, payoutCents: input.payoutCents } : { description: input.description },
  });
}

// ok: missing-auth, missing-input-validation
export async function supportAnnotateClaim(claimId: string, note: string) {
  const s = await getSupportSession();
  if (!s.isSupport || !s.agentId) throw new Error("Support only");
  const input = z.object({ claimId: z.string().cuid(), note: z.string().max(2000) }).parse({ claimId, note });
  // ok: missing-authorization, mass-assignment
  await prisma.claim.update({ where: { id: input.claimId }, data: { adjusterNotes: input.note } });
}

// ok: missing-auth, missing-input-validation
export async function escalateClaim(claimId: string, payoutCents: number) {
  const { userId } = await verifySession();
  const input = z.object({ claimId: z.string().cuid(), payoutCents: z.number().int() }).parse({ claimId, payoutCents });
  const claim = await prisma.claim.findFirst({
    // ok: missing-authorization
    where: { id: input.claimId, filedById: userId },
    select: { id: true },
  });
  if (!claim) throw new Error("Not found");
  await prisma.claim.update({
    where: { id: claim.id },
    // why: the filer sets their own payout amount and "approved" status — privileged fields with no adjuster role check.
    // todoruleid: mass-assignment
    data: { payoutCents: input.payoutCents, status: "approved" },
  });
}
