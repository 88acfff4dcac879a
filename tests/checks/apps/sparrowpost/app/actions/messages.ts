"use server";

import * as v from "valibot";
import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { getCurrentUser, requireGuardian, requireUser } from "@/lib/dal";
import { canAccessThread, isGuardianOf } from "@/lib/guards";
import { notifyTeacher } from "@/lib/notify";
import { sendMail } from "@/lib/mailer";
import { checkRateLimit } from "@/lib/ratelimit";
import { MessageSchema, NewThreadSchema, uuid } from "@/lib/validators";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function startThread(_prev: unknown, formData: FormData) {
  const { user, guardian } = await requireGuardian();
  const input = v.parse(NewThreadSchema, Object.fromEntries(formData));
  if (!(await isGuardianOf(guardian.id, input.pupilId))) return { error: "Not your child" };
  const supabase = await createClient();
  // ok: mass-assignment, missing-authorization
  const { data: thread } = await supabase
    .from("message_threads")
    .insert({ guardian_id: guardian.id, teacher_id: input.teacherId, pupil_id: input.pupilId, subject: input.subject })
    .select("id")
    .single();
  await supabase.from("messages").insert({ thread_id: thread!.id, sender_id: user.id, body: input.body });
  const { data: teacher } = await supabaseAdmin.from("profiles").select("email").eq("id", input.teacherId).single();
  if (teacher) await notifyTeacher(user.id, teacher.email, input.body);
  return { threadId: thread!.id };
}

// ok: missing-auth, missing-input-validation
export async function replyToThread(_prev: unknown, formData: FormData) {
  const user = await requireUser();
  const input = v.parse(MessageSchema, { threadId: formData.get("threadId"), body: formData.get("body") });
  // ok: floating-auth-check
  if (!(await canAccessThread(user.id, input.threadId))) return { error: "Forbidden" };
  const supabase = await createClient();
  // ok: missing-authorization, mass-assignment
  await supabase.from("messages").insert({ thread_id: input.threadId, sender_id: user.id, body: input.body });
  revalidatePath(`/messages/${input.threadId}`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function postMessage(threadId: string, body: string) {
  const user = await requireUser();
  const input = v.parse(MessageSchema, { threadId, body });
  // ruleid: floating-auth-check
  if (!canAccessThread(user.id, input.threadId)) throw new Error("Forbidden");
  const supabase = await createClient();
  // ruleid: missing-authorization
  await supabase.from("messages").insert({ thread_id: input.threadId, sender_id: user.id, body: input.body });
}

// ok: missing-auth, missing-input-validation
export async function getThread(threadId: string) {
  const user = await requireUser();
  const id = v.parse(uuid, threadId);
  if (!(await canAccessThread(user.id, id))) return null;
  const supabase = await createClient();
  // ok: missing-authorization
  const { data } = await supabase
    .from("messages")
    .select("id, body, created_at, read_at, sender:profiles!messages_sender_id_fkey(full_name)")
    .eq("thread_id", id)
    .order("created_at");
  // ok: excessive-data-exposure
  return data;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function markThreadRead(threadId: string) {
  const user = await getCurrentUser();
  if (!user) return;
  const supabase = await createClient();
  // ruleid: missing-authorization
  await supabase.from("messages").update({ read_at: new Date().toISOString() }).eq("thread_id", threadId).neq("sender_id", user.id);
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function unreadCount(userId: string) {
  const id = v.parse(uuid, userId);
  const user = await getCurrentUser();
  const supabase = await createClient();
  const { count } = await supabase
    .from("messages")
    .select("id", { count: "exact", head: true })
    .is("read_at", null)
    .neq("sender_id", user?.id ?? id);
  // ok: excessive-data-exposure
  return count ?? 0;
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function emailTeacherDirect(_prev: unknown, formData: FormData) {
  const { user } = await requireGuardian();
  const input = v.parse(v.object({ teacherId: uuid, body: v.pipe(v.string(), v.maxLength(2000)) }), Object.fromEntries(formData));
  const { data: teacher } = await supabaseAdmin.from("profiles").select("email, role").eq("id", input.teacherId).single();
  if (!teacher || teacher.role !== "teacher") return { error: "Unknown teacher" };
  await sendMail(teacher.email, "A parent has written to you", `<p>From ${user.email}</p><p>${input.body}</p>`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function nudgeParent(threadId: string) {
  const user = await requireUser();
  const id = v.parse(uuid, threadId);
  if (!(await checkRateLimit(`nudge:${user.id}`))) return { error: "Slow down" };
  const { data: thread } = await supabaseAdmin
    .from("message_threads")
    .select("teacher_id, guardian:guardians!message_threads_guardian_id_fkey(profile:profiles!guardians_user_id_fkey(email))")
    .eq("id", id)
    .single();
  if (!thread || thread.teacher_id !== user.id) return { error: "Forbidden" };
  const email = (thread.guardian as { profile: { email: string } } | null)?.profile.email;
  if (email) await sendMail(email, "Your child's teacher is waiting for a reply", "<p>Please sign in to Sparrowpost.</p>");
  return { ok: true };
}
