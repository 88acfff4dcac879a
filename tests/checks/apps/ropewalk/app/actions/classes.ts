"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import dbConnect from "@/lib/db";
import ClassSession from "@/models/ClassSession";
import Booking from "@/models/Booking";
import User from "@/models/User";
import { requireUser, requireStaff } from "@/lib/session";
import { managerProcedure } from "@/lib/procedures";
import { bookingSchema, classSchema, objectId } from "@/lib/validation";
import { rateLimit } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mail";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function bookClass(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const parsed = bookingSchema.safeParse({ classId: formData.get("classId"), guests: formData.get("guests") ?? 0 });
  if (!parsed.success) return { error: "Invalid booking." };
  await rateLimit("mail", `book:${user.id}`);
  await dbConnect();
  const cls = await ClassSession.findOneAndUpdate( // todook: missing-authorization -- known gap (pass 42, I): capacity counter of a public class when booking
    { _id: parsed.data.classId, cancelled: false, $expr: { $lte: [{ $add: ["$booked", 1 + parsed.data.guests] }, "$capacity"] } },
    { $inc: { booked: 1 + parsed.data.guests } },
    { new: true, projection: { title: 1, startsAt: 1 } },
  );
  if (!cls) return { error: "That class is full." };
  // ok: mass-assignment
  await Booking.create({ classId: parsed.data.classId, userId: user.id, guests: parsed.data.guests });
  if (user.email) await sendMail({ to: user.email, subject: `Booked: ${cls.title}`, text: `See you ${cls.startsAt?.toLocaleString()}` });
  revalidatePath("/classes");
  return { ok: true };
}

// ruleid: missing-input-validation
export async function cancelBooking(bookingId: string) {
  const user = await requireUser();
  await dbConnect();
  // ok: missing-authorization
  const b = await Booking.findOneAndUpdate({ _id: bookingId, userId: user.id, status: "booked" }, { $set: { status: "cancelled" } });
  if (b) await ClassSession.updateOne({ _id: b.classId }, { $inc: { booked: -(1 + (b.guests ?? 0)) } });
  revalidatePath("/classes");
}

// Front desk cancels on a member's behalf.
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function deskCancelBooking(gymId: string, bookingId: string) {
  const input = z.object({ gymId: objectId, bookingId: objectId }).parse({ gymId, bookingId });
  // ok: floating-auth-check
  await requireStaff(input.gymId, "front_desk");
  await dbConnect();
  const b = await Booking.findById(input.bookingId).select("classId");
  const cls = b ? await ClassSession.findById(b.classId).select("gymId") : null;
  if (!b || !cls || String(cls.gymId) !== input.gymId) return { error: "Booking not found at this gym." };
  // ok: missing-authorization
  await Booking.updateOne({ _id: input.bookingId }, { $set: { status: "cancelled" } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const createClass = managerProcedure
  .createServerAction()
  .input(classSchema)
  .handler(async ({ input, ctx }) => {
    await dbConnect();
    // ok: mass-assignment
    const c = await ClassSession.create({ ...input, gymId: ctx.gymId, booked: 0 });
    return { id: String(c._id) };
  });

// ruleid: missing-rate-limit
export async function emailClassRoster(classId: string, message: string) {
  const user = await requireUser();
  const input = z.object({ classId: objectId, message: z.string().min(1).max(2000) }).parse({ classId, message });
  await dbConnect();
  // ok: missing-authorization
  const cls = await ClassSession.findById(input.classId).select("instructorId title");
  if (!cls || String(cls.instructorId) !== user.id) return { error: "Only the instructor can message the class." };
  const bookings = await Booking.find({ classId: input.classId, status: "booked" }).select("userId").lean();
  const climbers = await User.find({ _id: { $in: bookings.map((b) => b.userId) } }).select("email").lean();
  for (const c of climbers) {
    await sendMail({ to: c.email, subject: `Update: ${cls.title}`, text: input.message });
  }
  return { sent: climbers.length };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function markAttendance(gymId: string, classId: string, attendedUserIds: string[]) {
  await requireUser();
  const input = z.object({ gymId: objectId, classId: objectId, attendedUserIds: z.array(objectId).max(60) }).parse({ gymId, classId, attendedUserIds });
  // ruleid: floating-auth-check
  requireStaff(input.gymId, "front_desk");
  await dbConnect();
  // ruleid: missing-authorization
  await Booking.updateMany({ classId: input.classId, userId: { $in: input.attendedUserIds } }, { $set: { status: "attended" } });
  return { ok: true };
}
