"use server";

import { headers } from "next/headers";
import dbConnect from "@/lib/db";
import Waiver from "@/models/Waiver";
import { requireUser, verifySession } from "@/lib/session";
import { objectId, waiverSchema } from "@/lib/validation";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function signWaiver(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const parsed = waiverSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    // ok: information-disclosure
    return { error: "Please complete every field." };
  }
  const h = await headers();
  await dbConnect();
  // ok: mass-assignment
  await Waiver.create({ ...parsed.data, userId: user.id, signedIp: h.get("x-forwarded-for") ?? "" });
  return { ok: true };
}

// Parent signs for a child at the kiosk.
// ruleid: missing-input-validation
export async function signWaiverForMinor(formData: FormData) {
  await requireUser();
  await dbConnect();
  // ruleid: mass-assignment
  await Waiver.create({ ...Object.fromEntries(formData), signedAt: new Date() });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function getWaiver(waiverId: string) {
  await requireUser();
  const id = objectId.parse(waiverId);
  await dbConnect();
  // ruleid: missing-authorization
  const waiver = await Waiver.findById(id).select("fullName dateOfBirth signedAt version gymId").lean();
  // ok: excessive-data-exposure
  return waiver ? { fullName: waiver.fullName, dateOfBirth: waiver.dateOfBirth, signedAt: waiver.signedAt, version: waiver.version } : null;
}

// ok: missing-auth, missing-rate-limit
export async function myWaivers() {
  const { userId } = await verifySession();
  await dbConnect();
  // ok: missing-authorization
  const rows = await Waiver.find({ userId }).select("gymId version signedAt").lean();
  // ok: excessive-data-exposure
  return rows.map((w) => ({ id: String(w._id), gymId: String(w.gymId), version: w.version, signedAt: w.signedAt }));
}
