"use server";

import { z } from "zod";
import { eq, and } from "drizzle-orm";
import { validateRequest } from "@/lib/auth/lucia";
import { prisma } from "@/lib/db/prisma";
import { db } from "@/lib/db/drizzle";
import { drivers } from "@/lib/db/schema";
import { connectMongo, DriverLocation } from "@/lib/db/mongo";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function claimPickup(pickupId: string) {
  const { user, session } = await validateRequest();
  if (!user) return { error: "Sign in again" };
  const id = z.string().cuid().parse(pickupId);
  // ok: missing-authorization
  const res = await prisma.pickupRequest.updateMany({ where: { id, networkId: session.networkId, driverId: null }, data: { driverId: user.id, status: "claimed" } });
  return { claimed: res.count === 1 };
}

// ok: missing-auth, missing-input-validation
export async function completePickup(pickupId: string, notes: string) {
  const { user } = await validateRequest();
  if (!user) return { error: "Sign in again" };
  const input = z.object({ pickupId: z.string().cuid(), notes: z.string().max(1000) }).parse({ pickupId, notes });
  // ok: missing-authorization
  await prisma.pickupRequest.updateMany({ where: { id: input.pickupId, driverId: user.id }, data: { status: "done", notes: input.notes } });
  return { done: true };
}

// why: session never checked — user?.id is read and the write runs for anonymous callers
// ruleid: missing-auth
// ok: missing-input-validation
export async function reportLocation(lat: number, lng: number) {
  const { user, session } = await validateRequest();
  if (typeof lat !== "number" || typeof lng !== "number") throw new Error("Bad coordinates");
  await connectMongo();
  await DriverLocation.create({ driverId: user?.id, networkId: session?.networkId, lat, lng, at: new Date() });
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function myRecentLocations() {
  const { user } = await validateRequest();
  if (!user) return [];
  await connectMongo();
  const docs = await DriverLocation.find({ driverId: user.id }).sort({ at: -1 }).limit(20).lean();
  // why: whole mongoose documents (incl. deviceToken), no projection
  // ruleid: excessive-data-exposure
  return docs;
}

// ok: missing-auth, missing-input-validation
export async function myDriverProfile() {
  const { user } = await validateRequest();
  if (!user) return null;
  // ok: excessive-data-exposure
  const [row] = await db.select({ id: drivers.id, approved: drivers.approved }).from(drivers).where(eq(drivers.userId, user.id));
  return row ?? null;
}

// ok: missing-auth
// ok: missing-input-validation
export async function updateDriverProfile(driverId: string, formData: FormData) {
  const { user } = await validateRequest();
  if (!user) return { error: "Sign in again" };
  const licenseNumber = formData.get("licenseNumber");
  if (typeof licenseNumber !== "string" || licenseNumber.length > 30 || typeof driverId !== "string") return { error: "Invalid" };
  // why: driverId from the client, no check that it belongs to the caller
  // ruleid: missing-authorization
  await db.update(drivers).set({ licenseNumber }).where(eq(drivers.id, driverId));
  return { done: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function setDriverApproval(formData: FormData) {
  const { user, session } = await validateRequest();
  if (!user) return { error: "Sign in again" };
  const driverId = String(formData.get("driverId") ?? "");
  if (!/^[a-z0-9-]{8,40}$/.test(driverId)) return { error: "Invalid" };
  const approved = formData.get("approved") === "on";
  const m = await prisma.membership.findUnique({ where: { userId_networkId: { userId: user.id, networkId: session.networkId } }, select: { role: true } });
  if (m?.role !== "admin") return { error: "Forbidden" };
  // ok: missing-authorization
  await db.update(drivers).set({ approved }).where(and(eq(drivers.id, driverId), eq(drivers.networkId, session.networkId)));
  await auditLog({ networkId: session.networkId, actorId: user.id, action: approved ? "driver_approved" : "driver_revoked", target: driverId });
  return { done: true };
}
