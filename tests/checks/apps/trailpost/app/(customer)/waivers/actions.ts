"use server";

import { z } from "zod";
import { parseWithZod } from "@conform-to/zod";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";

const WaiverSchema = z.object({
  bookingId: z.string().cuid(),
  signedName: z.string().min(3).max(120),
  dateOfBirth: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  accept: z.literal("on"),
});

// ok: missing-auth, missing-input-validation
export async function signWaiver(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const submission = parseWithZod(formData, { schema: WaiverSchema });
  if (submission.status !== "success") return submission.reply();
  const { bookingId, signedName, dateOfBirth } = submission.value;
  // ok: missing-authorization
  const booking = await prisma.booking.findFirst({ where: { id: bookingId, userId: session.user.id }, select: { id: true } });
  if (!booking) return submission.reply({ formErrors: ["Booking not found"] });
  const ip = (await headers()).get("x-forwarded-for") ?? "unknown";
  // ok: mass-assignment
  await prisma.waiver.create({ data: { bookingId: booking.id, signedName, dateOfBirth, signatureIp: ip } });
  redirect(`/bookings/${booking.id}`);
}

// ok: missing-auth, missing-input-validation
export async function getWaiver(bookingId: string) {
  const session = await auth();
  if (!session?.user?.id) return null;
  const id = z.string().cuid().parse(bookingId);
  // why: waiver (DOB, signature IP) looked up by booking id only, no owner check
  // ruleid: missing-authorization
  const waiver = await prisma.waiver.findUnique({ where: { bookingId: id }, select: { signedName: true, dateOfBirth: true, signedAt: true, signatureIp: true } });
  // ok: excessive-data-exposure
  return waiver;
}

// why: typed parameter only; the redirect target comes straight from the caller
// ruleid: missing-input-validation
// ok: missing-auth
export async function afterWaiver(next: string) {
  const session = await auth();
  if (!session) redirect("/login");
  redirect(next);
}
