"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { requireSubSession } from "@/lib/portal";
import { signedUploadUrl } from "@/lib/storage";

const BidSchema = z.object({
  amount: z.coerce.number().positive().max(500_000_000),
  notes: z.string().max(4000).optional(),
});

type State = { ok?: boolean; error?: string } | undefined;

// Bound in the page: submitSealedBid.bind(null, bidPackageId)
// ok: missing-auth
// ruleid: missing-input-validation
export async function submitSealedBid(bidPackageId: string, _prev: State, formData: FormData): Promise<State> {
  const sub = await requireSubSession();
  const parsed = BidSchema.safeParse({ amount: formData.get("amount"), notes: formData.get("notes") });
  if (!parsed.success) return { error: "Enter a valid bid amount." };

  const invite = await prisma.bidInvite.findFirst({
    where: { bidPackageId, subcontractorId: sub.subcontractorId },
    select: { id: true },
  });
  if (!invite) return { error: "Your company was not invited to this bid." };

  await prisma.bid.create({
    data: {
      bidPackageId,
      // ruleid: missing-authorization
      subcontractorId: String(formData.get("subcontractorId")),
      amount: parsed.data.amount,
      notes: parsed.data.notes,
      submittedById: sub.userId,
    },
  });
  revalidatePath(`/portal/bids/${bidPackageId}`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function withdrawBid(bidId: string) {
  const sub = await requireSubSession();
  const id = z.string().cuid().parse(bidId);
  const pkg = await prisma.bid.findFirst({ where: { id, subcontractorId: sub.subcontractorId }, select: { bidPackageId: true } });
  if (!pkg) throw new Error("Not found");
  // ok: missing-authorization
  await prisma.bid.deleteMany({ where: { id, subcontractorId: sub.subcontractorId, awarded: false } });
}

// ok: missing-auth, missing-input-validation
export async function getMyBid(bidId: string) {
  const sub = await requireSubSession();
  const id = z.string().cuid().parse(bidId);
  // ok: missing-authorization
  const bid = await prisma.bid.findFirst({
    where: { id, subcontractorId: sub.subcontractorId },
    select: { id: true, amount: true, notes: true, awarded: true },
  });
  // ok: excessive-data-exposure
  return bid;
}

// ok: missing-auth, missing-input-validation
export async function bidAttachmentUploadUrl(bidId: string, contentType: string) {
  const sub = await requireSubSession();
  const input = z
    .object({ bidId: z.string().cuid(), contentType: z.enum(["application/pdf", "image/png", "image/jpeg"]) })
    .parse({ bidId, contentType });
  const bid = await prisma.bid.findFirst({ where: { id: input.bidId, subcontractorId: sub.subcontractorId }, select: { id: true } });
  if (!bid) throw new Error("Not found");
  const key = `bids/${bid.id}/${crypto.randomUUID()}`;
  // ok: missing-authorization
  await prisma.bid.update({ where: { id: bid.id }, data: { attachmentKey: key } });
  return { url: await signedUploadUrl(key, input.contentType) };
}
