"use server";

import { z } from "zod";
import { patientActionClient } from "@/lib/safe-action";
import { requirePractice } from "@/lib/auth/clerk";
import { createClient, createServiceClient } from "@/lib/supabase/server";

// ok: missing-auth, missing-input-validation
export const sendMessageToPractice = patientActionClient
  .metadata({ actionName: "sendMessageToPractice" })
  .schema(z.object({ body: z.string().min(1).max(4000) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: mass-assignment
    const { error } = await ctx.supabase.from("patient_messages").insert({ body: parsedInput.body, patient_user_id: ctx.user.id, practice_id: ctx.patient.practiceId, from_patient: true });
    if (error) return { error: "Could not send" };
    return { ok: true };
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function postMessage(input: { body: string; patient_user_id: string; practice_id: string }) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Sign in");
  // ruleid: mass-assignment, missing-authorization
  await supabase.from("patient_messages").insert({ ...input, from_patient: true });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function replyAsPractice(formData: FormData) {
  const ctx = await requirePractice();
  const data = z.object({ patientUserId: z.string().uuid(), body: z.string().min(1).max(4000) }).parse(Object.fromEntries(formData));
  const admin = createServiceClient();
  const { data: link } = await admin.from("patients").select("id").eq("supabase_user_id", data.patientUserId).eq("practice_id", ctx.practiceId).maybeSingle();
  if (!link) return { error: "Not found" };
  // ok: missing-authorization
  await admin.from("patient_messages").insert({ body: data.body, patient_user_id: data.patientUserId, practice_id: ctx.practiceId, from_patient: false });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function practiceInbox() {
  const ctx = await requirePractice();
  const admin = createServiceClient();
  const { data } = await admin.from("patient_messages").select().eq("practice_id", ctx.practiceId).order("created_at", { ascending: false });
  // ruleid: excessive-data-exposure
  return data;
}

// ok: missing-auth, missing-input-validation
export async function deleteMessage(messageId: string) {
  const ctx = await requirePractice();
  const { id } = z.object({ id: z.string().uuid() }).parse({ id: messageId });
  const admin = createServiceClient();
  // ruleid: missing-authorization
  await admin.from("patient_messages").delete().eq("id", id);
  return { ok: true, by: ctx.userId };
}

// ok: missing-auth, missing-input-validation
export async function deleteMessageScoped(messageId: string) {
  const ctx = await requirePractice();
  const { id } = z.object({ id: z.string().uuid() }).parse({ id: messageId });
  const admin = createServiceClient();
  // ok: missing-authorization
  await admin.from("patient_messages").delete().eq("id", id).eq("practice_id", ctx.practiceId);
  return { ok: true };
}
