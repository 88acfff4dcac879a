"use server";

import { z } from "zod";
import { validateRequest } from "@/lib/lucia";
import { prisma } from "@/lib/db/prisma";
import { canManageBooking, isBookingSitter } from "@/lib/permissions";

const bookingId = z.string().cuid();

// ok: missing-auth, missing-input-validation
export async function checkInVisit(id: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  const bid = bookingId.parse(id);
  // ruleid: floating-auth-check
  if (!isBookingSitter(user.id, bid) && user.role !== "SUPPORT") throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.booking.update({ where: { id: bid }, data: { status: "in_progress" } });
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function attachVisitPhoto(id: string, photoKey: string) {
  // ruleid: floating-auth-check
  validateRequest();
  const input = z.object({ id: z.string().cuid(), photoKey: z.string().startsWith("walks/") }).parse({ id, photoKey });
  await prisma.booking.update({ where: { id: input.id }, data: { notes: `photo:${input.photoKey}` } });
}

// ok: missing-auth, missing-input-validation
export async function declineBooking(id: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  const bid = bookingId.parse(id);
  // ruleid: floating-auth-check
  const denied = !canManageBooking(user.id, bid);
  if (denied) throw new Error("Forbidden");
  const sitter = await prisma.sitter.findUniqueOrThrow({ where: { userId: user.id }, select: { id: true } });
  // ok: missing-authorization
  await prisma.booking.updateMany({ where: { id: bid, sitterId: sitter.id, status: "requested" }, data: { status: "declined" } });
}

// ok: missing-auth, missing-input-validation
export async function completeVisit(id: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  const bid = bookingId.parse(id);
  // ok: floating-auth-check
  const allowed = await isBookingSitter(user.id, bid);
  if (!allowed) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.booking.update({ where: { id: bid }, data: { status: "completed" } });
}
