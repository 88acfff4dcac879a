"use server";

import { auth, currentUser } from "@clerk/nextjs/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { pickupSchema } from "@/lib/validators";
import { sendSms } from "@/lib/sms";
import { rateLimitByIp } from "@/lib/ratelimit";

// Donor portal runs on Clerk (separate user pool from staff).

// ok: missing-auth, missing-input-validation
export async function schedulePickup(networkSlug: string, formData: FormData) {
  const { userId } = await auth.protect();
  const slug = z.string().regex(/^[a-z0-9-]{2,40}$/).parse(networkSlug);
  const parsed = pickupSchema.parse(Object.fromEntries(formData));
  const network = await prisma.network.findUnique({ where: { slug }, select: { id: true } });
  if (!network) return { error: "Unknown network" };
  // ok: mass-assignment
  await prisma.pickupRequest.create({ data: { ...parsed, networkId: network.id, donorId: userId } });
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function myPickups() {
  const { userId } = await auth();
  if (!userId) return [];
  // ok: excessive-data-exposure
  return prisma.pickupRequest.findMany({ where: { donorId: userId }, select: { id: true, address: true, window: true, status: true } });
}

// ok: missing-auth, missing-input-validation
export async function cancelPickup(pickupId: string) {
  const user = await currentUser();
  if (!user) throw new Error("Sign in");
  const id = z.string().cuid().parse(pickupId);
  // ok: missing-authorization
  await prisma.pickupRequest.deleteMany({ where: { id, donorId: user.id, status: "open" } });
  return { done: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updatePickupNotes(pickupId: string, notes: string) {
  const { userId } = await auth();
  if (!userId) throw new Error("Sign in");
  if (typeof notes !== "string" || notes.length > 1000) throw new Error("Too long");
  // why: pickupId from the client with no donor constraint and no check
  // ruleid: missing-authorization
  await prisma.pickupRequest.update({ where: { id: pickupId }, data: { notes } });
  return { done: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function textMeDriverEta(pickupId: string) {
  const { userId } = await auth.protect();
  await rateLimitByIp(`eta:${userId}`);
  const id = z.string().cuid().parse(pickupId);
  // ok: missing-authorization
  const pickup = await prisma.pickupRequest.findFirst({ where: { id, donorId: userId }, select: { status: true } });
  const user = await currentUser();
  const phone = user?.phoneNumbers[0]?.phoneNumber;
  if (pickup && phone) await sendSms(phone, `Your pickup is ${pickup.status}.`);
  return { done: true };
}

// why: sends an SMS to the donor with no rate limit
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function textMeReceipt(donationId: string) {
  const { userId } = await auth.protect();
  const id = z.string().cuid().parse(donationId);
  const user = await currentUser();
  // ok: missing-authorization
  const d = await prisma.donation.findFirst({ where: { id, donorId: userId }, select: { weightKg: true } });
  const phone = user?.phoneNumbers[0]?.phoneNumber;
  if (d && phone) await sendSms(phone, `Thank you for donating ${d.weightKg} kg!`);
  return { done: true };
}
