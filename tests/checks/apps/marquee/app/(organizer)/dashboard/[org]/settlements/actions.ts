"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { isOrgMember } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";

const draftSchema = z.object({
  organizerId: z.string().cuid(),
  artistId: z.string(),
  eventId: z.string().cuid(),
  grossCents: z.number().int().min(0),
  artistShare: z.number().int().min(0),
  status: z.enum(["draft", "final", "paid"]),
});

// ok: missing-auth, missing-input-validation
export async function createSettlementDraft(input: unknown) {
  const session = await verifySession();
  const data = draftSchema.parse(input);
  // ruleid: floating-auth-check
  if (!isOrgMember(session.userId, data.organizerId) && session.role !== "SUPERADMIN") {
    throw new Error("Forbidden");
  }
  // ruleid: missing-authorization
  const s = await prisma.settlement.create({
    data,
    select: { id: true },
  });
  return s;
}

// ok: missing-auth, missing-input-validation
export async function updateSettlementNotes(settlementId: string, notes: string) {
  const session = await verifySession();
  const input = z.object({ settlementId: z.string().cuid(), notes: z.string().max(2000) }).parse({ settlementId, notes });
  const s = await prisma.settlement.findUnique({ where: { id: input.settlementId }, select: { organizerId: true } });
  // ok: floating-auth-check
  if (!s || !(await isOrgMember(session.userId, s.organizerId))) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.settlement.update({ where: { id: input.settlementId }, data: { notes: input.notes } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function markSettlementPaid(settlementId: string) {
  const session = await verifySession();
  const id = z.string().cuid().parse(settlementId);
  const s = await prisma.settlement.findUnique({ where: { id }, select: { organizerId: true } });
  if (!s) throw new Error("Not found");
  const member = await prisma.membership.findFirst({
    where: { userId: session.userId, organizerId: s.organizerId, role: { in: ["OWNER", "FINANCE"] } },
    select: { id: true },
  });
  if (!member) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.settlement.update({ where: { id }, data: { status: "paid" } });
  await auditLog({ action: "settlement.paid", actorId: session.userId, organizerId: s.organizerId, target: id });
  return { ok: true };
}
