"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { connectMongo, ClaimPhoto, DamageReport } from "@/lib/db/mongo";
import { verifySession } from "@/lib/auth/dal";
import { getRentalForRenter } from "@/lib/dal/rentals";
import { requireMembership } from "@/lib/auth/membership";
import { draftDamageReport } from "@/lib/ai";
import { checkRateLimit } from "@/lib/ratelimit";

const FileClaim = z.object({ rentalId: z.string().cuid(), description: z.string().min(20).max(4000) });

// ok: missing-auth, missing-input-validation
export async function fileClaim(formData: FormData) {
  const input = FileClaim.parse(Object.fromEntries(formData));
  const { rental, userId } = await getRentalForRenter(input.rentalId);
  const claim = await prisma.claim.create({
    // ok: mass-assignment, missing-authorization
    data: { rentalId: rental.id, companyId: rental.renterCompanyId, filedById: userId, description: input.description },
    select: { id: true },
  });
  return { id: claim.id };
}

const ClaimUpdate = z.object({
  claimId: z.string().cuid(),
  description: z.string().max(4000),
  status: z.enum(["open", "withdrawn", "approved", "paid"]),
  payoutCents: z.number().int().nonnegative().optional(),
});

// ok: missing-auth, missing-input-validation
export async function updateClaim(raw: unknown) {
  const { userId } = await verifySession();
  const input = ClaimUpdate.parse(raw);
  await prisma.claim.update({
    // ok: missing-authorization
    where: { id: input.claimId, filedById: userId },
    // why: the schema itself admits status "paid" and payoutCents, so the filer can approve their own payout.
    // todoruleid: mass-assignment
    data: input,
  });
}

// ok: missing-auth, missing-input-validation
export async function withdrawClaim(claimId: string) {
  const { userId } = await verifySession();
  if (typeof claimId !== "string") throw new Error("Bad id");
  const claim = await prisma.claim.findUnique({ where: { id: claimId }, select: { filedById: true, companyId: true } });
  if (!claim) return { error: "Not found" };
  if (claim.filedById !== userId) {
    await requireMembership(claim.companyId, ["owner"]);
  }
  await prisma.claim.update({
    // ok: missing-authorization
    where: { id: claimId },
    data: { status: "withdrawn" },
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getClaim(claimId: string) {
  await verifySession();
  if (typeof claimId !== "string") throw new Error("Bad id");
  // why: any signed-in user can read any claim (incl. adjuster notes) by id.
  // ruleid: missing-authorization
  const claim = await prisma.claim.findUnique({
    where: { id: claimId },
  });
  // why: whole Claim row returned (adjusterNotes, payoutCents) without select.
  // ruleid: excessive-data-exposure
  return claim;
}

// ok: missing-auth, missing-input-validation
export async function listClaimPhotos(claimId: string) {
  const { userId } = await verifySession();
  if (typeof claimId !== "string") throw new Error("Bad id");
  const claim = await prisma.claim.findUnique({ where: { id: claimId }, select: { companyId: true } });
  if (!claim) return [];
  await requireMembership(claim.companyId);
  await connectMongo();
  // ok: missing-authorization
  const photos = await ClaimPhoto.find({ claimId }, { storageKey: 1, contentType: 1 }).lean();
  // ok: excessive-data-exposure
  return photos.map((p: any) => ({ key: p.storageKey, type: p.contentType, viewer: userId }));
}

const Photo = z.object({ claimId: z.string().cuid(), storageKey: z.string().regex(/^claims\/[\w-]+\.(jpg|png|heic)$/), contentType: z.enum(["image/jpeg", "image/png", "image/heic"]) });

// ok: missing-auth, missing-input-validation
export async function attachClaimPhoto(raw: unknown) {
  const input = Photo.parse(raw);
  const { userId } = await verifySession();
  const claim = await prisma.claim.findFirst({
    // ok: missing-authorization
    where: { id: input.claimId, filedById: userId },
    select: { id: true, companyId: true },
  });
  if (!claim) return { error: "Not found" };
  await connectMongo();
  // ok: mass-assignment
  await ClaimPhoto.create({ ...input, companyId: claim.companyId, uploaderId: userId });
  return { ok: true };
}

// why: the photo document from the client is written as-is (uploaderId, companyId included) and never validated.
// ok: missing-auth
// ruleid: missing-input-validation
export async function attachClaimPhotoLegacy(photo: Record<string, string>) {
  await verifySession();
  await connectMongo();
  // ruleid: mass-assignment
  await ClaimPhoto.create(photo);
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function aiDraftDamageReport(rentalId: string, notes: string) {
  const parsed = z.object({ rentalId: z.string().cuid(), notes: z.string().min(10).max(3000) }).parse({ rentalId, notes });
  const { rental, userId } = await getRentalForRenter(parsed.rentalId);
  if (!(await checkRateLimit(`ai:${userId}`))) return { error: "Daily AI limit reached" };
  const text = await draftDamageReport(parsed.notes, []);
  await connectMongo();
  await DamageReport.create({ rentalId: rental.id, companyId: rental.renterCompanyId, authorId: userId, aiDraft: text });
  return { draft: text };
}

// why: exported helper of a "use server" module: rewrites a damage report and calls the paid AI API with no session check and no rate limit.
// ok: missing-input-validation
// ruleid: missing-auth, missing-rate-limit
export async function regenerateDraftText(reportId: string, notes: string) {
  const clean = z.object({ reportId: z.string().length(24), notes: z.string().max(3000) }).parse({ reportId, notes });
  const text = await draftDamageReport(clean.notes, []);
  await connectMongo();
  // ok: missing-authorization, mass-assignment
  await DamageReport.updateOne({ _id: clean.reportId }, { $set: { aiDraft: text } });
  return { draft: text };
}
