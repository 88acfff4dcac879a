"use server";

import * as v from "valibot";
import { withStaff } from "@/lib/with-staff";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { sendSms } from "@/lib/sms";
import { sendMail } from "@/lib/mailer";
import { checkRateLimit } from "@/lib/ratelimit";
import { isClassTeacher } from "@/lib/guards";
import { uuid } from "@/lib/validators";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const smsClassParents = withStaff(async ({ user }, classId: string, text: string) => {
  const input = v.parse(v.object({ classId: uuid, text: v.pipe(v.string(), v.maxLength(300)) }), { classId, text });
  if (!(await isClassTeacher(user.id, input.classId))) throw new Error("Not your class");
  if (!(await checkRateLimit(`sms:${input.classId}`))) return { error: "SMS limit reached today." };
  const { data } = await supabaseAdmin
    .from("pupils")
    .select("pupil_guardians(guardians(profiles!guardians_user_id_fkey(phone)))")
    .eq("class_id", input.classId);
  const phones = (data ?? []).flatMap((p: any) => p.pupil_guardians.map((g: any) => g.guardians?.profiles?.phone)).filter(Boolean);
  await Promise.all(phones.map((to: string) => sendSms(to, input.text)));
  return { sent: phones.length };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const emailSlipReminder = withStaff(async ({ user }, slipId: string) => {
  const id = v.parse(uuid, slipId);
  const { data: slip } = await supabaseAdmin.from("permission_slips").select("title, class_id").eq("id", id).single();
  if (!slip || !(await isClassTeacher(user.id, slip.class_id!))) throw new Error("Forbidden");
  const { data: unsigned } = await supabaseAdmin.rpc("unsigned_guardian_emails" as never, { p_slip: id } as never);
  for (const email of (unsigned as string[] | null) ?? []) {
    await sendMail(email, `Reminder: ${slip.title}`, "<p>Please sign the permission slip in Sparrowpost.</p>");
  }
});

// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export const smsOneParent = withStaff(async ({ user }, phone: string, text: string) => {
  if (!(await checkRateLimit(`sms1:${user.id}`))) return { error: "Slow down" };
  await sendSms(phone, text);
  return { ok: true };
});
