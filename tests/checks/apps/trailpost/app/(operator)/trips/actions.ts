"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { withOrg } from "@/lib/wrappers";
import { prisma } from "@/lib/db/prisma";
import { canManageTrip } from "@/lib/auth/guards";

const TripSchema = z.object({
  title: z.string().min(3).max(120),
  description: z.string().max(4000).optional(),
  kind: z.enum(["hike", "kayak"]),
  startsAt: z.coerce.date(),
  capacity: z.coerce.number().int().min(1).max(40),
  priceCents: z.coerce.number().int().min(0),
});

// ok: missing-auth, missing-input-validation
export const createTrip = withOrg(async (formData, { orgId }) => {
  const data = TripSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment
  await prisma.trip.create({ data: { ...data, orgId } });
  revalidatePath("/trips");
});

// ok: missing-auth, missing-input-validation
export const updateTrip = withOrg(async (formData, { orgId }) => {
  const id = z.string().cuid().parse(formData.get("id"));
  const data = TripSchema.partial().parse(Object.fromEntries(formData));
  // ok: missing-authorization, mass-assignment
  await prisma.trip.updateMany({ where: { id, orgId }, data });
  revalidatePath(`/trips/${id}`);
});

// ok: missing-auth, missing-input-validation
export const deleteTrip = withOrg(async (formData) => {
  const id = z.string().cuid().parse(formData.get("id"));
  // why: the delete uses the form's trip id without the caller's orgId; a member of any org deletes any trip
  // ruleid: missing-authorization
  await prisma.trip.delete({ where: { id } });
  revalidatePath("/trips");
});

// why: id from FormData cast with `as string` straight into the query, no schema or runtime check
// ruleid: missing-input-validation
// ok: missing-auth
export const publishTrip = withOrg(async (formData, { orgId, role }) => {
  if (role !== "owner" && role !== "admin") throw new Error("Forbidden");
  const id = formData.get("id") as string;
  // ok: missing-authorization
  await prisma.trip.updateMany({ where: { id, orgId }, data: { published: true } });
});

// ok: missing-auth, missing-input-validation
export const duplicateTrip = withOrg(async (formData, { orgId }) => {
  const id = z.string().cuid().parse(formData.get("id"));
  // ok: missing-authorization
  const src = await prisma.trip.findFirst({ where: { id, orgId }, select: { title: true, description: true, kind: true, capacity: true, priceCents: true, startsAt: true } });
  if (!src) throw new Error("Not found");
  // ok: mass-assignment
  await prisma.trip.create({ data: { ...src, title: `${src.title} (copy)`, orgId } });
});

// ok: missing-auth, missing-input-validation
export const assignGuide = withOrg(async (formData, { userId }) => {
  const { tripId, guideId } = z.object({ tripId: z.string().cuid(), guideId: z.string().cuid() }).parse(Object.fromEntries(formData));
  // why: canManageTrip is async; without await the Promise is truthy and the check never fires
  // ruleid: floating-auth-check
  if (!canManageTrip(userId, tripId)) throw new Error("Forbidden");
  // why: the only ownership check above is a floating promise, so the trip id is used unchecked
  // ruleid: missing-authorization
  await prisma.trip.update({ where: { id: tripId }, data: { guideId } });
});

// ok: missing-auth, missing-input-validation
export const setMeetingPin = withOrg(async (formData, { userId }) => {
  const { tripId, pin } = z.object({ tripId: z.string().cuid(), pin: z.string().regex(/^\d{4,6}$/) }).parse(Object.fromEntries(formData));
  // ok: floating-auth-check
  if (!(await canManageTrip(userId, tripId))) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.trip.update({ where: { id: tripId }, data: { meetingPin: pin } });
});
