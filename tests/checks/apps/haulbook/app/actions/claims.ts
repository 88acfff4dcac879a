"use server";

import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { isLoadOwner } from "@/lib/permissions";
import { sendEmail } from "@/lib/notify";
import { rateLimitByIp } from "@/lib/rate-limit";

const ClaimSchema = z.object({
  loadId: z.string().cuid(),
  amount: z.number().int().positive(),
  narrative: z.string().min(20).max(4000),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function fileClaim(_prev: unknown, formData: FormData) {
  const viewer = await verifySession();
  const submission = parseWithZod(formData, { schema: ClaimSchema });
  if (submission.status !== "success") return submission.reply();
  await rateLimitByIp("claim", 5);
  // ok: missing-authorization
  const load = await prisma.load.findFirst({ where: { id: submission.value.loadId, tenantId: viewer.tenantId }, select: { carrierId: true, reference: true } });
  if (!load) return submission.reply({ formErrors: ["Unknown load"] });
  const claim = await prisma.claim.create({
    data: {
      // ok: mass-assignment
      ...submission.value,
      tenantId: viewer.tenantId,
      filedBy: viewer.userId,
    },
    select: { id: true },
  });
  await sendEmail("claims@haulbook.app", `Claim on ${load.reference}`, submission.value.narrative);
  redirect(`/claims/${claim.id}`);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateClaim(claimId: string, formData: FormData) {
  const viewer = await verifySession();
  // ok: missing-authorization
  const claim = await prisma.claim.findFirst({ where: { id: claimId, tenantId: viewer.tenantId }, select: { id: true } });
  if (!claim) return { ok: false };
  await prisma.claim.update({
    where: { id: claim.id },
    // ruleid: mass-assignment
    data: Object.fromEntries(formData),
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getClaim(claimId: string) {
  const viewer = await verifySession();
  const id = z.string().cuid().parse(claimId);
  // ruleid: missing-authorization
  const claim = await prisma.claim.findUnique({ where: { id }, select: { id: true, amount: true, status: true, narrative: true } });
  // ok: excessive-data-exposure
  return claim;
}

// ok: missing-auth, missing-input-validation
export async function settleClaim(claimId: string, amount: number) {
  const viewer = await verifySession();
  const input = z.object({ claimId: z.string().cuid(), amount: z.number().int().nonnegative() }).parse({ claimId, amount });
  if (viewer.role !== "OWNER" && viewer.role !== "ADMIN") throw new Error("FORBIDDEN");
  // ok: missing-authorization
  await prisma.claim.updateMany({ where: { id: input.claimId, tenantId: viewer.tenantId }, data: { status: "SETTLED", amount: input.amount } });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function closeClaimAndReturn(formData: FormData) {
  const viewer = await verifySession();
  const id = String(formData.get("claimId"));
  // ok: missing-authorization
  await prisma.claim.updateMany({ where: { id, tenantId: viewer.tenantId }, data: { status: "CLOSED" } });
  redirect(String(formData.get("next")));
}

// ok: missing-auth, missing-input-validation
export async function reopenClaim(claimId: string) {
  const viewer = await verifySession();
  const id = z.string().cuid().parse(claimId);
  const claim = await prisma.claim.findFirst({ where: { id, tenantId: viewer.tenantId }, select: { loadId: true } });
  if (!claim) return { ok: false };
  // ruleid: floating-auth-check
  if (!isLoadOwner(claim.loadId, viewer.tenantId) && viewer.role !== "ADMIN") {
    return { ok: false };
  }
  // ok: missing-authorization
  await prisma.claim.updateMany({ where: { id, tenantId: viewer.tenantId }, data: { status: "OPEN" } });
  return { ok: true };
}
