"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";
import { smsLimiter } from "@/lib/ratelimit";
import { sendSms, sendEmail } from "@/lib/notify";
import { logger } from "@/lib/logger";

const noticeSchema = z.object({
  operatorId: z.string(),
  routeId: z.string().optional(),
  title: z.string().min(3).max(120),
  body: z.string().min(3).max(2000),
  severity: z.enum(["info", "delay", "cancellation"]),
});

async function requireHarbourMaster() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Sign in required");
  const { data: hm } = await supabase.from("harbour_masters").select("port_code").eq("user_id", user.id).single();
  if (!hm) throw new Error("Harbour masters only");
  return { supabase, user, portCode: hm.port_code as string };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function postNotice(formData: FormData) {
  const { supabase, user } = await requireHarbourMaster();
  const notice = noticeSchema.parse(Object.fromEntries(formData));
  const { success } = await smsLimiter.limit(`notice:${user.id}`);
  if (!success) return { error: "Slow down" };
  // ok: mass-assignment
  await supabase.from("notices").insert({ ...notice, created_by: user.id });
  const { data: subs } = await supabase.from("route_subscribers").select("phone, email").eq("route_id", notice.routeId ?? "");
  for (const s of subs ?? []) {
    if (s.phone) await sendSms(s.phone, `${notice.title}: ${notice.body}`);
    if (s.email) await sendEmail(s.email, notice.title, notice.body);
  }
  logger.info("notice.posted", { by: user.id, severity: notice.severity });
  revalidatePath("/timetable");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function resendNoticeSms(noticeId: string) {
  const { supabase } = await requireHarbourMaster();
  const id = z.string().uuid().parse(noticeId);
  // ok: missing-authorization
  const { data: notice } = await supabase.from("notices").select("title, body, route_id").eq("id", id).single();
  if (!notice) return { error: "Not found" };
  const { data: subs } = await supabase.from("route_subscribers").select("phone").eq("route_id", notice.route_id);
  for (const s of subs ?? []) if (s.phone) await sendSms(s.phone, `${notice.title}: ${notice.body}`);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function editNotice(formData: FormData) {
  const { supabase, user } = await requireHarbourMaster();
  const id = formData.get("id") as string;
  // ok: missing-authorization
  // ruleid: mass-assignment
  await supabase.from("notices").update(Object.fromEntries(formData)).eq("id", id).eq("created_by", user.id);
}

// ok: missing-auth, missing-input-validation
export async function withdrawNotice(noticeId: string) {
  const { supabase } = await requireHarbourMaster();
  const id = z.string().uuid().parse(noticeId);
  // Any harbour master may withdraw a notice (role-gated by requireHarbourMaster).
  // ok: missing-authorization
  await supabase.from("notices").delete().eq("id", id);
}

// ok: missing-auth
export async function myNotices() {
  const { supabase, user } = await requireHarbourMaster();
  const { data } = await supabase.from("notices").select().eq("created_by", user.id);
  // ruleid: excessive-data-exposure
  return data;
}
