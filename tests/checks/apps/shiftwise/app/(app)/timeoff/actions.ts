"use server";

import { z } from "zod/v4";
import { parseWithZod } from "@conform-to/zod";
import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";
import { sendEmail } from "@/lib/notify";
import { rateLimitByIp } from "@/lib/ratelimit";

const requestSchema = z.object({ startsOn: z.iso.date(), endsOn: z.iso.date(), hours: z.number().positive().max(200), reason: z.string().max(500).optional() });

// ok: missing-auth, missing-input-validation
export async function requestTimeOff(_prev: unknown, formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { status: "error" as const, message: "Sign in" };
  const submission = parseWithZod(formData, { schema: requestSchema as any });
  if (submission.status !== "success") return submission.reply();
  const { error } = await supabase.from("time_off_requests").insert({ ...(submission.value as object), user_id: user.id, status: "pending" });
  // ok: information-disclosure
  if (error) return { status: "error" as const, message: "Could not save request" };
  revalidatePath("/timeoff");
  return { status: "success" as const };
}

// ok: missing-auth, missing-input-validation
export async function cancelTimeOff(requestId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const id = z.uuid().parse(requestId);
  // ok: missing-authorization
  await supabase.from("time_off_requests").delete().eq("id", id).eq("user_id", user.id).eq("status", "pending");
  revalidatePath("/timeoff");
}

// ok: missing-auth, missing-input-validation
export async function decideTimeOff(requestId: string, decision: "approved" | "denied") {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const p = z.object({ id: z.uuid(), decision: z.enum(["approved", "denied"]) }).parse({ id: requestId, decision });
  // ruleid: missing-authorization
  const { data, error } = await supabase.from("time_off_requests").update({ status: p.decision, decided_by: user.id }).eq("id", p.id).select("id, user_id, status").single();
  if (error) {
    // ruleid: information-disclosure
    return { error: error.message };
  }
  return { ok: true, id: data.id };
}

// ok: missing-auth
export async function myBalances() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return null;
  const { data } = await supabase.from("pto_balances").select("*").eq("user_id", user.id);
  // ruleid: excessive-data-exposure
  return data;
}

// ok: missing-auth, missing-input-validation
export async function teamCalendar(month: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return [];
  const m = z.string().regex(/^\d{4}-\d{2}$/).parse(month);
  const { data } = await supabase.from("time_off_requests").select("id, starts_on, ends_on, status").gte("starts_on", `${m}-01`).eq("employer_id", user.app_metadata.employer_id);
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function nudgeApprover(requestId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const id = z.uuid().parse(requestId);
  const { data: req } = await supabase.from("time_off_requests").select("id, approver_email").eq("id", id).eq("user_id", user.id).single();
  if (!req?.approver_email) return { ok: false };
  await sendEmail(req.approver_email, "Time-off request waiting", `<p>Request ${req.id} needs your decision.</p>`);
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function remindTeamAboutDeadline(locationId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  await rateLimitByIp(`pto-remind:${user.id}`, 2);
  const loc = z.uuid().parse(locationId);
  const { data: staff } = await supabase.from("employees").select("email").eq("location_id", loc).eq("employer_id", user.app_metadata.employer_id);
  for (const s of staff ?? []) await sendEmail(s.email, "PTO requests for the holidays close Friday", "<p>Submit your requests in Shiftwise.</p>");
  return { sent: staff?.length ?? 0 };
}
