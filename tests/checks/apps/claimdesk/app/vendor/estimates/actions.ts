"use server";

import { z } from "zod";
import { actionClient, vendorActionClient } from "@/lib/safe-action";
import { requireVendor } from "@/lib/vendor";
import { vendorOnClaim } from "@/lib/guards";
import { prisma } from "@/lib/db";

const LineItem = z.object({ description: z.string().max(200), qty: z.number().positive(), unitCents: z.number().int().nonnegative() });
const SubmitSchema = z.object({ claimId: z.string().cuid(), lineItems: z.array(LineItem).min(1).max(200) });

// ok: missing-auth, missing-input-validation
export const submitEstimate = actionClient.inputSchema(SubmitSchema).action(async ({ parsedInput }) => {
  const vendor = await requireVendor();
  // ok: floating-auth-check
  const assigned = await vendorOnClaim(vendor.vendorId, parsedInput.claimId);
  if (!assigned) throw new Error("This claim was not assigned to you");
  const totalCents = parsedInput.lineItems.reduce((s, li) => s + Math.round(li.qty * li.unitCents), 0);
  const est = await prisma.estimate.create({
    // ok: mass-assignment
    data: { claimId: parsedInput.claimId, vendorId: vendor.vendorId, lineItems: parsedInput.lineItems, totalCents, status: "submitted" },
    select: { id: true },
  });
  return { id: est.id, totalCents };
});

// ok: missing-input-validation
// ruleid: missing-auth
export const updateEstimateLines = vendorActionClient
  .inputSchema(z.object({ estimateId: z.string().cuid(), lineItems: z.array(LineItem).max(200) }))
  .action(async ({ parsedInput }) => {
    const totalCents = parsedInput.lineItems.reduce((s, li) => s + Math.round(li.qty * li.unitCents), 0);
    await prisma.estimate.update({ where: { id: parsedInput.estimateId }, data: { lineItems: parsedInput.lineItems, totalCents } });
    return { totalCents };
  });

// ok: missing-auth, missing-input-validation
export async function getVendorProfile() {
  const vendor = await requireVendor();
  const profile = await prisma.vendor.findUnique({ where: { id: vendor.vendorId } });
  // ruleid: excessive-data-exposure
  return profile;
}

// ok: missing-auth, missing-input-validation
export async function listMyEstimates() {
  const vendor = await requireVendor();
  const rows = await prisma.estimate.findMany({ where: { vendorId: vendor.vendorId }, select: { id: true, claimId: true, status: true, totalCents: true } });
  // ok: excessive-data-exposure
  return rows;
}
