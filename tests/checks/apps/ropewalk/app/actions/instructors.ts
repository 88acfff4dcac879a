"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import dbConnect from "@/lib/db";
import ClassSession from "@/models/ClassSession";
import Booking from "@/models/Booking";
import User from "@/models/User";
import { requireUser, requireStaff, canManageGym } from "@/lib/session";
import { warehouse } from "@/lib/warehouse";
import { sendMail } from "@/lib/mail";
import { rateLimit } from "@/lib/rate-limit";
import { objectId } from "@/lib/validation";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function assignInstructor(gymId: string, classId: string, instructorId: string) {
  const me = await requireUser();
  const input = z.object({ gymId: objectId, classId: objectId, instructorId: objectId }).parse({ gymId, classId, instructorId });
  // ruleid: floating-auth-check
  if (!canManageGym(me.id, input.gymId)) return { error: "Managers only." };
  await dbConnect();
  // ruleid: missing-authorization
  await ClassSession.updateOne({ _id: input.classId, gymId: input.gymId }, { $set: { instructorId: input.instructorId } });
  return { ok: true };
}

// Role is checked at the gym the client names, but the class is looked up by id alone.
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function rescheduleClass(gymId: string, classId: string, startsAt: string) {
  const input = z.object({ gymId: objectId, classId: objectId, startsAt: z.coerce.date() }).parse({ gymId, classId, startsAt });
  await requireStaff(input.gymId, "gym_manager");
  await dbConnect();
  // todoruleid: missing-authorization -- known gap (pass 42, B): role checked at client-named gym, class updated by id alone
  await ClassSession.findByIdAndUpdate(input.classId, { $set: { startsAt: input.startsAt } });
  revalidatePath("/classes");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function renameClass(gymId: string, classId: string, title: string) {
  const input = z.object({ gymId: objectId, classId: objectId, title: z.string().min(3).max(100) }).parse({ gymId, classId, title });
  await requireStaff(input.gymId, "gym_manager");
  await dbConnect();
  // ok: missing-authorization
  await ClassSession.updateOne({ _id: input.classId, gymId: input.gymId }, { $set: { title: input.title } });
}

// ruleid: missing-rate-limit
export async function cancelClass(classId: string, reason: string) {
  const me = await requireUser();
  const input = z.object({ classId: objectId, reason: z.string().max(500) }).parse({ classId, reason });
  await dbConnect();
  // ok: missing-authorization
  const cls = await ClassSession.findById(input.classId).select("instructorId title");
  if (!cls || String(cls.instructorId) !== me.id) return { error: "Only the instructor can cancel." };
  await ClassSession.updateOne({ _id: input.classId }, { $set: { cancelled: true } });
  const bookings = await Booking.find({ classId: input.classId, status: "booked" }).select("userId").lean();
  const people = await User.find({ _id: { $in: bookings.map((b) => b.userId) } }).select("email").lean();
  await Promise.all(people.map((p) => sendMail({ to: p.email, subject: `Cancelled: ${cls.title}`, text: input.reason })));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function remindClass(classId: string) {
  const me = await requireUser();
  const id = objectId.parse(classId);
  await rateLimit("mail", `remind:${me.id}`);
  await dbConnect();
  const cls = await ClassSession.findOne({ _id: id, instructorId: me.id }).select("title startsAt");
  if (!cls) return { error: "Not your class." };
  const bookings = await Booking.find({ classId: id, status: "booked" }).select("userId").lean();
  const people = await User.find({ _id: { $in: bookings.map((b) => b.userId) } }).select("email").lean();
  await Promise.all(people.map((p) => sendMail({ to: p.email, subject: `Reminder: ${cls.title}`, text: `Starts ${cls.startsAt?.toLocaleString()}` })));
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-audit-log
export async function myPayouts() {
  const me = await requireUser();
  // ok: sql-injection
  const { rows } = await warehouse.query("SELECT * FROM instructor_payouts WHERE instructor_id = $1 ORDER BY period DESC", [me.id]);
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function instructorSchedule(weekOf: string) {
  const me = await requireUser();
  try {
    const from = z.coerce.date().parse(weekOf);
    const to = new Date(from.getTime() + 7 * 86400_000);
    await dbConnect();
    const rows = await ClassSession.find({ instructorId: me.id, startsAt: { $gte: from, $lt: to } }).select("title startsAt booked capacity").lean();
    // ok: excessive-data-exposure
    return { rows: rows.map((r) => ({ id: String(r._id), title: r.title, startsAt: r.startsAt, booked: r.booked, capacity: r.capacity })) };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: `Could not load schedule: ${(err as Error).message}` };
  }
}
