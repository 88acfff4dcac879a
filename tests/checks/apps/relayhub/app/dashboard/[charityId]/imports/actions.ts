"use server";

import Papa from "papaparse";
import { type } from "arktype";
import { prisma } from "@/lib/db/prisma";
import { requireCharityRole, DATA_ROLES, FINANCE_ROLES } from "@/lib/authz";
import { auditLog } from "@/lib/audit";

// ruleid: missing-input-validation
// ok: missing-auth
export async function importDonorsCsv(charityId: string, _prev: unknown, formData: FormData) {
  const ctx = await requireCharityRole(charityId, DATA_ROLES);
  const file = formData.get("file") as File;
  const { data } = Papa.parse<Record<string, string>>(await file.text(), { header: true, skipEmptyLines: true });
  let imported = 0;
  for (const row of data) {
    await prisma.donor.create({
      // ruleid: mass-assignment
      data: { ...row, charityId: ctx.charityId },
    });
    imported++;
  }
  await prisma.importJob.create({ data: { charityId: ctx.charityId, kind: "donors", status: "done", rowCount: imported, createdBy: ctx.userId } });
  return { imported };
}

const GiftRow = type({
  providerRef: "string>0",
  amountPence: "string.integer.parse",
  donorEmail: "string.email",
  "campaignId?": "string",
});

// ok: missing-auth, missing-input-validation
export async function importGiftsCsv(charityId: string, _prev: unknown, formData: FormData) {
  const ctx = await requireCharityRole(charityId, FINANCE_ROLES);
  const file = formData.get("file");
  if (!(file instanceof File) || file.size > 5_000_000) return { error: "Upload a CSV under 5 MB." };
  const { data } = Papa.parse<Record<string, string>>(await file.text(), { header: true, skipEmptyLines: true });
  const errors: string[] = [];
  let imported = 0;
  for (const [i, raw] of data.entries()) {
    const row = GiftRow(raw);
    if (row instanceof type.errors) {
      errors.push(`Row ${i + 2}: ${row.summary}`);
      continue;
    }
    const donor = await prisma.donor.findFirst({ where: { charityId: ctx.charityId, email: row.donorEmail }, select: { id: true } });
    await prisma.donation.create({
      // ok: mass-assignment
      data: { charityId: ctx.charityId, donorId: donor?.id, amountPence: row.amountPence, provider: "import", providerRef: row.providerRef, status: "succeeded" },
    });
    imported++;
  }
  // ok: information-disclosure
  return { imported, errors };
}

// ok: missing-auth, missing-input-validation
export async function exportGiftAidClaimCsv(charityId: string, batchId: string) {
  const ctx = await requireCharityRole(charityId, FINANCE_ROLES);
  if (typeof batchId !== "string" || !/^c[a-z0-9]{20,30}$/.test(batchId)) throw new Error("Bad batch id");
  // ok: missing-authorization
  const batch = await prisma.giftAidBatch.findFirst({ where: { id: batchId, charityId: ctx.charityId }, select: { id: true } });
  if (!batch) throw new Error("Not found");
  const decls = await prisma.giftAidDeclaration.findMany({ where: { charityId: ctx.charityId, revokedAt: null }, select: { fullName: true, postcode: true } });
  await auditLog({ actorId: ctx.userId, charityId: ctx.charityId, action: "giftaid.export", target: batch.id });
  // ok: excessive-data-exposure
  return Papa.unparse(decls);
}
