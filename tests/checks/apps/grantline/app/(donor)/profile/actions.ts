"use server";

import { headers } from "next/headers";
import * as v from "valibot";
import { auth } from "@/lib/better-auth";
import { connectMongo, DonorProfile } from "@/lib/db/mongo";

const ProfileSchema = v.object({
  displayName: v.pipe(v.string(), v.maxLength(80)),
  phone: v.optional(v.pipe(v.string(), v.maxLength(20))),
  anonymous: v.boolean(),
});

// ok: missing-auth, missing-input-validation
export async function updateDonorProfile(input: unknown) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const data = v.parse(ProfileSchema, input);
  await connectMongo();
  // ok: missing-authorization, mass-assignment
  await DonorProfile.updateOne({ userId: session.user.id }, { $set: data });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateDonorProfileLegacy(input: Record<string, unknown>) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  await connectMongo();
  // ok: missing-authorization
  // ruleid: mass-assignment
  await DonorProfile.findOneAndUpdate({ userId: session.user.id }, input, { upsert: true });
}

// ok: missing-auth
export async function getDonorProfile() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  await connectMongo();
  const profile = await DonorProfile.findOne({ userId: session.user.id }).lean();
  // ruleid: excessive-data-exposure
  return profile;
}

// ok: missing-auth
export async function getDonorProfileCard() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  await connectMongo();
  const profile = await DonorProfile.findOne({ userId: session.user.id }, { displayName: 1, anonymous: 1, _id: 0 }).lean();
  // ok: excessive-data-exposure
  return profile;
}
