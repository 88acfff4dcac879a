"use server";

import { z } from "zod";
import { staffActionClient } from "@/lib/safe-action";
import { requireSchoolStaff } from "@/lib/auth/staff";
import { db } from "@/lib/db";
import { notifyParent } from "@/lib/notify";
import { sendSms } from "@/lib/sms";
import { sendMail } from "@/lib/mailer";
import { ratelimit } from "@/lib/ratelimit";

// Rate limited inside notifyParent (lib/notify -> rateLimitByIp).
// ok: missing-auth, missing-input-validation, missing-rate-limit
export const messageVolunteer = staffActionClient
  .metadata({ name: "messageVolunteer" })
  .schema(z.object({ parentId: z.string().cuid(), body: z.string().min(1).max(600), sms: z.boolean().default(false) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const parent = await db.parent.findFirst({ where: { id: parsedInput.parentId, schoolId: ctx.schoolId }, select: { email: true, phone: true } });
    if (!parent) throw new Error("Not found");
    const to = parsedInput.sms && parent.phone ? parent.phone : parent.email;
    await notifyParent(to, parsedInput.body, parsedInput.sms);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const textShiftReminder = staffActionClient
  .metadata({ name: "textShiftReminder" })
  .schema(z.object({ shiftId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const signups = await db.shiftSignup.findMany({ where: { shiftId: parsedInput.shiftId, shift: { schoolId: ctx.schoolId } }, select: { parentId: true } });
    const parents = await db.parent.findMany({ where: { id: { in: signups.map((s) => s.parentId) } }, select: { phone: true } });
    for (const p of parents) if (p.phone) await sendSms(p.phone, "Reminder: your volunteer shift starts soon!");
    return { sent: parents.length };
  });

// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export async function emailParentDirect(formData: FormData) {
  const staff = await requireSchoolStaff();
  const { success } = await ratelimit.limit(`mail:${staff.user.id}`);
  if (!success) return { error: "Slow down" };
  const to = formData.get("to") as string;
  const subject = formData.get("subject") as string;
  await sendMail(to, subject, String(formData.get("body")));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function broadcastToSchool(formData: FormData) {
  const staff = await requireSchoolStaff(["pta_admin"]);
  const body = z.string().min(1).max(2000).parse(formData.get("body"));
  const parents = await db.parent.findMany({ where: { schoolId: staff.schoolId }, select: { email: true } });
  await Promise.all(parents.map((p) => sendMail(p.email, "News from your PTA", body)));
  return { sent: parents.length };
}
