"use server";

import { revalidatePath } from "next/cache";
import { requireOwner, requireOrg } from "@/lib/auth/clerk";
import { prisma } from "@/lib/db/prisma";
import { payoutYup } from "@/lib/validators";
import { auditLog } from "@/lib/audit";
import { withOwner } from "@/lib/with-org";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function schedulePayout(formData: FormData) {
  const ctx = await requireOwner();
  const input = await payoutYup.validate(Object.fromEntries(formData), { stripUnknown: true });
  const author = await prisma.contract.findFirst({ where: { agencyId: ctx.agencyId, authorId: input.authorId }, select: { authorId: true } });
  if (!author) return { error: "Author is not signed with your agency" };
  // ok: missing-authorization, mass-assignment
  const payout = await prisma.payout.create({ data: { agencyId: ctx.agencyId, authorId: input.authorId, amountCents: input.amountCents } });
  await auditLog({ actorId: ctx.userId, agencyId: ctx.agencyId, action: "payout.scheduled", target: payout.id });
  revalidatePath("/dashboard/payouts");
  return { id: payout.id };
}

// ok: missing-auth, missing-input-validation
export async function approvePayout(payoutId: string) {
  const ctx = await requireOrg();
  if (typeof payoutId !== "string") throw new Error("Bad id");
  // ok: missing-authorization
  await prisma.payout.updateMany({ where: { id: payoutId, agencyId: ctx.agencyId, status: "pending" }, data: { status: "approved" } });
  revalidatePath("/dashboard/payouts");
}

// ok: missing-auth, missing-input-validation
export async function cancelPayout(payoutId: string) {
  const ctx = await requireOrg();
  if (typeof payoutId !== "string") throw new Error("Bad id");
  const payout = await prisma.payout.findUnique({ where: { id: payoutId }, select: { agencyId: true } });
  if (!payout || payout.agencyId !== ctx.agencyId) throw new Error("Not found");
  // ok: missing-authorization
  await prisma.payout.update({ where: { id: payoutId }, data: { status: "cancelled" } });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updatePayout(payoutId: string, patch: Record<string, unknown>) {
  const ctx = await requireOwner();
  // ruleid: mass-assignment
  await prisma.payout.updateMany({ where: { id: payoutId, agencyId: ctx.agencyId }, data: patch });
  await auditLog({ actorId: ctx.userId, agencyId: ctx.agencyId, action: "payout.updated", target: payoutId });
}

// ok: missing-auth, missing-input-validation
export const listPayouts = withOwner("payout.listed", async (_formData, ctx) => {
  const payouts = await prisma.payout.findMany({ where: { agencyId: ctx.agencyId } });
  // ruleid: excessive-data-exposure
  return payouts;
});

// ok: missing-input-validation
// ruleid: missing-auth
export async function markPayoutPaid(formData: FormData) {
  const payoutId = String(formData.get("payoutId"));
  if (!/^c[a-z0-9]{20,}$/.test(payoutId)) throw new Error("Bad id");
  await prisma.payout.update({ where: { id: payoutId }, data: { status: "paid" } });
}
