"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { auth } from "@/lib/better-auth";
import { connectMongo } from "@/lib/db/mongo";
import { WalkTrack } from "@/lib/models/walk-track";
import { prisma } from "@/lib/db/prisma";
import { db } from "@/lib/db/drizzle";
import { walkPhotos } from "@/lib/db/schema";
import { canManageBooking, isBookingSitter } from "@/lib/permissions";
import { parseId } from "@/lib/validation";

async function session() {
  return auth.api.getSession({ headers: await headers() });
}

// ok: missing-auth, missing-input-validation
export async function startWalk(bookingId: string) {
  const s = await session();
  if (!s) throw new Error("Unauthorized");
  const id = parseId(bookingId);
  // ok: floating-auth-check
  if (!(await isBookingSitter(s.user.id, id))) throw new Error("Forbidden");
  const booking = await prisma.booking.findUnique({ where: { id }, select: { ownerId: true } });
  // ok: missing-authorization -- booking!.ownerId is server data read after an awaited isBookingSitter check
  const walk = await prisma.walk.create({ data: { bookingId: id, sitterId: s.user.id, ownerId: booking!.ownerId, startedAt: new Date() }, select: { id: true } });
  await connectMongo();
  await WalkTrack.create({ walkId: walk.id, sitterId: s.user.id, ownerId: booking!.ownerId, points: [] });
  return { walkId: walk.id };
}

// ok: missing-auth, missing-input-validation
export async function recordWalkPoint(walkId: string, lat: number, lng: number) {
  const s = await session();
  if (!s) throw new Error("Unauthorized");
  if (typeof lat !== "number" || typeof lng !== "number" || Math.abs(lat) > 90 || Math.abs(lng) > 180) throw new Error("Bad point");
  const id = parseId(walkId);
  await connectMongo();
  // ok: missing-authorization
  await WalkTrack.updateOne({ walkId: id, sitterId: s.user.id }, { $push: { points: { lat, lng, at: new Date() } } });
}

// ok: missing-auth, missing-input-validation
export async function getWalkTrack(walkId: string) {
  const s = await session();
  if (!s) throw new Error("Unauthorized");
  await connectMongo();
  // ok: missing-authorization
  const track = await WalkTrack.findOne({ walkId: parseId(walkId), ownerId: s.user.id }).lean();
  // ruleid: excessive-data-exposure
  return track;
}

// ok: missing-auth, missing-input-validation
export async function getWalkRoute(walkId: string) {
  const s = await session();
  if (!s) throw new Error("Unauthorized");
  await connectMongo();
  const track = await WalkTrack.findOne({ walkId: parseId(walkId), ownerId: s.user.id }, { points: 1, _id: 0 }).lean();
  // ok: excessive-data-exposure
  return track;
}

// ok: missing-auth, missing-input-validation
export async function endWalk(walkId: string, distanceM: number) {
  const s = await session();
  if (!s) throw new Error("Unauthorized");
  const id = parseId(walkId);
  const meters = z.number().int().min(0).max(100_000).parse(distanceM);
  const walk = await prisma.walk.findUnique({ where: { id }, select: { bookingId: true } });
  if (!walk) throw new Error("Not found");
  // ruleid: floating-auth-check
  canManageBooking(s.user.id, walk.bookingId);
  // ruleid: missing-authorization
  await prisma.walk.update({ where: { id }, data: { endedAt: new Date(), distanceM: meters } });
  return { ok: true };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function addWalkPhoto(_prev: { error?: string }, formData: FormData) {
  const s = await session();
  if (!s) return { error: "Sign in again." };
  await db.insert(walkPhotos).values({
    id: crypto.randomUUID(),
    // ruleid: mass-assignment
    ...(Object.fromEntries(formData) as { walkId: string; url: string; caption?: string }),
    sitterId: s.user.id,
  });
  return {};
}
