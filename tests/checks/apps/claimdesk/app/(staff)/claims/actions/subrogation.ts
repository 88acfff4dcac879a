"use server";

import { z } from "zod";
import { getStaffContext, requireRole } from "@/lib/dal";
import { canEditClaim } from "@/lib/guards";
import { assertClaimAccess } from "@/lib/permissions";
import { prisma } from "@/lib/db";

const SubroSchema = z.object({ claimId: z.string().cuid(), adverseCarrier: z.string().min(2).max(200), demandCents: z.coerce.number().int().positive() });

// ok: missing-auth, missing-input-validation
export async function addSubrogation(_prev: unknown, formData: FormData) {
  const ctx = await getStaffContext();
  const parsed = SubroSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Check the form" };
  // ruleid: floating-auth-check
  if (!canEditClaim(ctx.userId, parsed.data.claimId)) return { error: "Forbidden" };
  try {
    // ok: mass-assignment
    const s = await prisma.subrogation.create({ data: { ...parsed.data, tenantId: ctx.tenantId }, select: { id: true } });
    return { id: s.id };
  } catch (e) {
    console.error(e);
    // ok: information-disclosure
    return { error: "Could not open the subrogation file" };
  }
}

// ok: missing-auth, missing-input-validation
export async function recordRecovery(subrogationId: string, amountCents: number) {
  const ctx = await requireRole("owner", "admin", "finance", "claims_manager");
  const input = z.object({ id: z.string().cuid(), amountCents: z.number().int().positive() }).parse({ id: subrogationId, amountCents });
  const s = await prisma.subrogation.findUnique({ where: { id: input.id }, select: { claimId: true, tenantId: true } });
  if (!s || s.tenantId !== ctx.tenantId) throw new Error("Not found");
  // ruleid: floating-auth-check
  assertClaimAccess(ctx.userId, s.claimId);
  // ok: missing-authorization
  await prisma.subrogation.update({ where: { id: input.id }, data: { recoveredCents: { increment: input.amountCents } } });
}

// ok: missing-auth, missing-input-validation
export async function getSubrogation(subrogationId: string) {
  const ctx = await getStaffContext();
  const id = z.string().cuid().parse(subrogationId);
  // ok: missing-authorization
  const s = await prisma.subrogation.findFirst({ where: { id, tenantId: ctx.tenantId }, select: { id: true, adverseCarrier: true, demandCents: true, recoveredCents: true, status: true } });
  // ok: excessive-data-exposure
  return s;
}

// ok: missing-auth, missing-input-validation
export async function releaseSubrogation(subrogationId: string) {
  const ctx = await getStaffContext();
  const id = z.string().cuid().parse(subrogationId);
  const s = await prisma.subrogation.findFirst({ where: { id, tenantId: ctx.tenantId }, select: { claimId: true } });
  if (!s) throw new Error("Not found");
  try {
    // ok: floating-auth-check
    await assertClaimAccess(ctx.userId, s.claimId);
    await prisma.subrogation.update({ where: { id }, data: { status: "released" } });
    return { ok: true };
  } catch (err) {
    // ruleid: information-disclosure
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
