"use server";

import { z } from "zod";
import { trackedClient } from "@/lib/safe-action-legacy";
import { staffClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { notifyOwner } from "@/lib/notify";
import { sendSms } from "@/lib/sms";
import { sendEmail } from "@/lib/mailer";
import { withClinic } from "@/lib/with-clinic";
import { checkRateLimit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const sendReminderNow = staffClient
  .inputSchema(z.object({ reminderId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const r = await prisma.reminder.findFirst({
      where: { id: parsedInput.reminderId, sentAt: null },
      select: { id: true, channel: true, body: true, ownerId: true, petId: true },
    });
    if (!r) return { error: "Nothing to send" };
    const pet = await prisma.pet.findFirst({ where: { id: r.petId, clinicId: ctx.staff.clinicId }, select: { owner: { select: { email: true, phone: true } } } });
    if (!pet) return { error: "Nothing to send" };
    await notifyOwner(r.ownerId, r.channel === "sms" ? "sms" : "email", r.channel === "sms" ? pet.owner.phone! : pet.owner.email, r.body);
    await prisma.reminder.update({ where: { id: r.id }, data: { sentAt: new Date() } });
    return { ok: true };
  });

// ok: missing-input-validation
// ruleid: missing-auth, missing-rate-limit
export const sendCustomSms = trackedClient
  .inputSchema(z.object({ to: z.string().regex(/^\+\d{10,14}$/), body: z.string().max(320) }))
  .action(async ({ parsedInput }) => {
    await sendSms(parsedInput.to, parsedInput.body);
    return { ok: true };
  });

// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export const emailOwnerDirect = withClinic(async (ctx, input: { ownerId: string; subject: string; text: string }) => {
  await checkRateLimit(`direct:${ctx.staffId}`, 10);
  const owner = await prisma.owner.findFirst({ where: { id: input.ownerId, pets: { some: { clinicId: ctx.clinicId } } }, select: { email: true } });
  if (!owner) return { error: "Not a client of this clinic" };
  await sendEmail(owner.email, input.subject, `<p>${input.text}</p>`);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const smsOwnerDirect = withClinic(async (ctx, input: unknown) => {
  const data = z.object({ ownerId: z.string(), text: z.string().max(320) }).parse(input);
  const owner = await prisma.owner.findFirst({ where: { id: data.ownerId, pets: { some: { clinicId: ctx.clinicId } } }, select: { phone: true } });
  if (!owner?.phone) return { error: "No phone on file" };
  await sendSms(owner.phone, data.text);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const scheduleReminder = staffClient
  .inputSchema(z.object({ petId: z.string(), channel: z.enum(["sms", "email"]), dueAt: z.coerce.date(), body: z.string().max(320) }))
  .action(async ({ parsedInput, ctx }) => {
    const pet = await prisma.pet.findFirst({ where: { id: parsedInput.petId, clinicId: ctx.staff.clinicId }, select: { id: true, ownerId: true } });
    if (!pet) return { error: "Unknown patient" };
    // ok: mass-assignment, missing-authorization
    await prisma.reminder.create({ data: { ...parsedInput, ownerId: pet.ownerId } });
    return { ok: true };
  });
