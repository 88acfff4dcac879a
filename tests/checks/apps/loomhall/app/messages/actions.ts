"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { rateLimitByKey } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mail";

const messageSchema = z.object({ threadId: z.string().uuid(), body: z.string().min(1).max(4000) });

// ok: missing-auth, missing-input-validation
export async function sendMessage(formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Please sign in.");
  const parsed = messageSchema.parse({ threadId: formData.get("threadId"), body: formData.get("body") });
  const { data: thread } = await supabase.from("threads").select("id, customer_id, maker_id").eq("id", parsed.threadId).single();
  if (!thread || (thread.customer_id !== user.id && thread.maker_id !== user.id)) throw new Error("Not your conversation");
  // ok: missing-authorization, mass-assignment
  await supabase.from("messages").insert({ thread_id: parsed.threadId, sender_id: user.id, body: parsed.body });
  revalidatePath(`/messages/${parsed.threadId}`);
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function nudgeMaker(threadId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Please sign in.");
  const id = z.string().uuid().parse(threadId);
  await rateLimitByKey(`nudge:${user.id}`);
  // ok: missing-authorization
  const { data: thread } = await supabase.from("threads").select("maker_email").eq("id", id).eq("customer_id", user.id).single();
  if (!thread) return { error: "Conversation not found" };
  await sendMail(thread.maker_email, "A customer is waiting for your reply", `<a href="${process.env.APP_URL}/messages/${id}">Open</a>`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function loadThread(threadId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return [];
  const id = z.string().uuid().parse(threadId);
  // ruleid: missing-authorization
  const { data } = await supabaseAdmin.from("messages").select("id, sender_id, body, created_at").eq("thread_id", id).order("created_at");
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation
export async function deleteMessage(messageId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Please sign in.");
  const id = z.string().uuid().parse(messageId);
  // ok: missing-authorization
  await supabase.from("messages").delete().eq("id", id).eq("sender_id", user.id);
}

async function isThreadParticipant(userId: string, threadId: string) {
  const { data } = await supabaseAdmin.from("threads").select("customer_id, maker_id").eq("id", threadId).single();
  return Boolean(data && (data.customer_id === userId || data.maker_id === userId));
}

// ok: missing-auth, missing-input-validation
export async function archiveThread(threadId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Please sign in.");
  const id = z.string().uuid().parse(threadId);
  // ruleid: floating-auth-check
  if (!isThreadParticipant(user.id, id)) throw new Error("Not your conversation");
  // ruleid: missing-authorization
  await supabaseAdmin.from("threads").update({ archived: true }).eq("id", id);
}

// ok: missing-auth, missing-input-validation
export async function unarchiveThread(threadId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Please sign in.");
  const id = z.string().uuid().parse(threadId);
  // ok: floating-auth-check
  if (!(await isThreadParticipant(user.id, id))) throw new Error("Not your conversation");
  // ok: missing-authorization
  await supabaseAdmin.from("threads").update({ archived: false }).eq("id", id);
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function markThreadRead(threadId: string) {
  const supabase = await createClient();
  const { data } = await supabase.auth.getUser();
  const id = z.string().uuid().parse(threadId);
  await supabaseAdmin.from("thread_reads").upsert({ thread_id: id, user_id: data.user?.id, read_at: new Date().toISOString() });
}
