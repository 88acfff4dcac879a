"use server";

import * as v from "valibot";
import { randomUUID } from "node:crypto";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { presignUpload } from "@/lib/s3";
import { CreativeUploadSchema } from "@/lib/validators";

async function requireAdvertiser() {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  const adv = await prisma.advertiser.findUnique({ where: { userId: session.user.id }, select: { id: true } });
  if (!adv) throw new Error("Advertisers only");
  return { userId: session.user.id, advertiserId: adv.id };
}

// ok: missing-auth, missing-input-validation
export async function requestCreativeUpload(input: unknown) {
  const { advertiserId } = await requireAdvertiser();
  const data = v.parse(CreativeUploadSchema, input);
  const slot = await prisma.adSlot.findFirst({ where: { id: data.adSlotId, advertiserId }, select: { id: true } });
  if (!slot) return { error: "Slot not booked by you" };
  const key = `creatives/${advertiserId}/${randomUUID()}`;
  const url = await presignUpload(key, data.contentType);
  // ok: missing-authorization, mass-assignment
  await prisma.creative.create({ data: { adSlotId: slot.id, advertiserId, s3Key: key } });
  return { url, key };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function attachCreative(creativeId: string, adSlotId: string) {
  const { advertiserId } = await requireAdvertiser();
  await prisma.creative.updateMany({ where: { id: creativeId, advertiserId }, data: { adSlotId } });
  return { ok: true };
}

// Network approves a creative (AD_SALES).
// ok: missing-auth, missing-input-validation
export async function approveCreative(creativeId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  v.parse(v.pipe(v.string(), v.maxLength(40)), creativeId);
  // ruleid: missing-authorization
  await prisma.creative.update({ where: { id: creativeId }, data: { approved: true } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function myCreatives() {
  const { advertiserId } = await requireAdvertiser();
  const rows = await prisma.creative.findMany({ where: { advertiserId }, select: { id: true, adSlotId: true, approved: true } });
  // ok: excessive-data-exposure
  return rows;
}
