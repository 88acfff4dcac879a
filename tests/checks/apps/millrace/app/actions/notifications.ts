"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { db, members } from "@/lib/db";
import { requireMember, requireStaff } from "@/lib/auth";
import { staffAction } from "@/lib/safe-action";
import { notifyMember } from "@/lib/notify";
import { sendMail } from "@/lib/mailer";
import { sendSms } from "@/lib/sms";
import { rateLimitByKey } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const emailAllMembers = staffAction
  .metadata({ name: "notify.all" })
  .schema(z.object({ subject: z.string().max(120), html: z.string().max(20000) }))
  .action(async ({ parsedInput }) => {
    const rows = await db.select({ email: members.email }).from(members).where(eq(members.suspended, false));
    for (const r of rows) await notifyMember(r.email, parsedInput.subject, parsedInput.html);
    return { sent: rows.length };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function textMe(body: string) {
  const member = await requireMember();
  const text = z.string().max(160).parse(body);
  const [row] = await db.select({ phone: members.phone }).from(members).where(eq(members.id, member.id));
  if (row?.phone) await sendSms(row.phone, text);
}

// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export async function emailMember(formData: FormData) {
  await requireStaff();
  const to = formData.get("to") as string;
  const body = formData.get("body") as string;
  await sendMail(to, "Message from Millrace staff", body);
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function emailMemberLimited(formData: FormData) {
  const staff = await requireStaff();
  await rateLimitByKey(`staff-mail:${staff.id}`);
  const { to, body } = z.object({ to: z.string().email(), body: z.string().max(5000) }).parse(Object.fromEntries(formData));
  await sendMail(to, "Message from Millrace staff", body);
}
