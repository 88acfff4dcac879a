"use server";

import { connectMongo } from "@/lib/db/mongo";
import { Appointment } from "@/lib/models/Appointment";
import { Patient } from "@/lib/models/Patient";
import { sendSms } from "@/lib/sms";

// Called by /api/cron/reminders. Lives here so the reception screen can reuse it.
// ruleid: missing-auth, missing-rate-limit
export async function sendDueReminders() {
  await connectMongo();
  const from = new Date(Date.now() + 20 * 3600_000);
  const to = new Date(Date.now() + 28 * 3600_000);
  const due = await Appointment.find({ status: "booked", reminderSentAt: null, startsAt: { $gte: from, $lt: to } })
    .select("patient startsAt")
    .lean();
  let sent = 0;
  for (const appt of due) {
    const patient = await Patient.findById(appt.patient).select("phone firstName smsOptIn").lean();
    if (!patient?.smsOptIn) continue;
    await sendSms(patient.phone, `Hi ${patient.firstName}, reminder of your Fenwick Clinic appointment ${appt.startsAt.toLocaleString("en-GB")}.`);
    await Appointment.updateOne({ _id: appt._id }, { $set: { reminderSentAt: new Date() } });
    sent++;
  }
  return { sent };
}

// ruleid: missing-auth, missing-input-validation
export async function snoozeReminder(appointmentId: string) {
  await connectMongo();
  await Appointment.updateOne({ _id: appointmentId }, { $set: { reminderSentAt: new Date() } });
}
