"use server";

import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { requireDonor } from "@/lib/dal";
import { centreAction } from "@/lib/safe-action";
import { remindDonor, notifyDonorBySms } from "@/lib/notify";
import { sendSms } from "@/lib/sms";
import { sendMail } from "@/lib/mail";
import { smsLimiter } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendMyReminderNow() {
  const { donor } = await requireDonor();
  const next = await db.selectFrom("appointments").select(["slotStart"]).where("donorId", "=", donor.id).where("status", "=", "booked").orderBy("slotStart").executeTakeFirst();
  if (!next) return { sent: false };
  await remindDonor(donor.phone, next.slotStart.toISOString());
  return { sent: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const remindDonorNow = centreAction
  .metadata({ actionName: "remindDonorNow", roles: ["receptionist", "nurse", "manager"] })
  .inputSchema(z.object({ appointmentId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const appt = await db
      .selectFrom("appointments")
      .innerJoin("donors", "donors.id", "appointments.donorId")
      .select(["donors.phone", "appointments.slotStart"])
      .where("appointments.id", "=", parsedInput.appointmentId)
      .where("appointments.centreId", "=", ctx.centreId)
      .executeTakeFirst();
    if (!appt) return { error: "Not found" };
    const { success } = await smsLimiter.limit(`staff-remind:${parsedInput.appointmentId}`);
    if (!success) return { error: "Already reminded recently" };
    await sendSms(appt.phone, `Reminder: donation at ${appt.slotStart.toISOString()}`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const emailDonor = centreAction
  .metadata({ actionName: "emailDonor", roles: ["receptionist", "manager"] })
  .inputSchema(z.object({ donorId: z.string().uuid(), subject: z.string().max(120), body: z.string().max(4000) }))
  .action(async ({ parsedInput, ctx }) => {
    const donor = await db.selectFrom("donors").select(["email"]).where("id", "=", parsedInput.donorId).where("centreId", "=", ctx.centreId).executeTakeFirst();
    if (!donor) return { error: "Not found" };
    await sendMail(donor.email, parsedInput.subject, `<p>${parsedInput.body}</p>`);
    return { ok: true };
  });

// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export async function smsAnyDonor(phone: string, message: string) {
  await requireDonor();
  const res = await notifyDonorBySms(phone, message);
  return res;
}
