"use server";

import { z } from "zod";
import { outreachActionClient, practiceActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { sendSms } from "@/lib/sms";
import { sendEmail } from "@/lib/mail";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const sendReminder = outreachActionClient
  .metadata({ actionName: "sendReminder" })
  .schema(z.object({ appointmentId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const appt = await prisma.appointment.findFirst({
      where: { id: parsedInput.appointmentId, practiceId: ctx.practiceId },
      select: { startsAt: true, patient: { select: { phone: true } } },
    });
    if (!appt?.patient.phone) return { error: "No phone on file" };
    await sendSms(appt.patient.phone, `Reminder: your appointment is on ${appt.startsAt.toLocaleString()}`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const emailTreatmentPlan = practiceActionClient
  .metadata({ actionName: "emailTreatmentPlan" })
  .schema(z.object({ planId: z.string().cuid(), to: z.string().email() }))
  .action(async ({ parsedInput, ctx }) => {
    const plan = await prisma.treatmentPlan.findFirst({ where: { id: parsedInput.planId, practiceId: ctx.practiceId }, select: { title: true, totalCents: true } });
    if (!plan) return { error: "Not found" };
    await sendEmail(parsedInput.to, `Your treatment plan: ${plan.title}`, `<p>Total ${(plan.totalCents / 100).toFixed(2)}</p>`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const bulkRecall = outreachActionClient
  .metadata({ actionName: "bulkRecall" })
  .schema(z.object({ patientIds: z.array(z.string().cuid()).max(100), message: z.string().max(300) }))
  .action(async ({ parsedInput, ctx }) => {
    const patients = await prisma.patient.findMany({ where: { id: { in: parsedInput.patientIds }, practiceId: ctx.practiceId }, select: { phone: true } });
    for (const p of patients) if (p.phone) await sendSms(p.phone, parsedInput.message);
    return { sent: patients.length };
  });

// ok: missing-auth, missing-input-validation
export const reminderPreview = practiceActionClient
  .metadata({ actionName: "reminderPreview" })
  .schema(z.object({ appointmentId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    const appt = await prisma.appointment.findUnique({ where: { id: parsedInput.appointmentId }, select: { startsAt: true, reason: true } });
    return { text: appt ? `Reminder for ${appt.startsAt.toISOString()}: ${appt.reason ?? "check-up"}` : null };
  });
