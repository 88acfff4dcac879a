"use server";

import { revalidatePath } from "next/cache";
import { parseWithZod } from "@conform-to/zod";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { withBuildingRole } from "@/lib/with-building-role";
import { mailLimiter } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mail";
import { noticeSchema } from "@/lib/validation/notices";
import { uuid } from "@/lib/validation/tickets";

async function residentEmails(buildingId: string) {
  const { data } = await supabaseAdmin
    .from("memberships")
    .select("profiles(email, notify_by_email)")
    .eq("building_id", buildingId)
    .is("revoked_at", null);
  return (data ?? [])
    .map((m) => (m.profiles as unknown as { email: string; notify_by_email: boolean }))
    .filter((p) => p?.notify_by_email)
    .map((p) => p.email);
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const postNotice = withBuildingRole("officer", async (ctx, formData: FormData) => {
  const submission = parseWithZod(formData, { schema: noticeSchema });
  if (submission.status !== "success") return submission.reply();
  const supabase = await createClient();
  // ok: mass-assignment, missing-authorization
  const { data } = await supabase
    .from("notices")
    .insert({ ...submission.value, building_id: ctx.buildingId, author_id: ctx.user.id })
    .select("id")
    .single();
  if (formData.get("notify") === "on") {
    const { success } = await mailLimiter.limit(`notice:${ctx.buildingId}`);
    if (success) {
      await sendMail(await residentEmails(ctx.buildingId), submission.value.title, submission.value.body);
    }
  }
  revalidatePath(`/b/${ctx.buildingId}/notices`);
  // ok: excessive-data-exposure
  return { ...submission.reply({ resetForm: true }), id: data?.id };
});

// ok: missing-auth, missing-input-validation
export const updateNotice = withBuildingRole("officer", async (ctx, formData: FormData) => {
  const id = uuid.parse(formData.get("id"));
  const submission = parseWithZod(formData, { schema: noticeSchema.partial() });
  if (submission.status !== "success") return submission.reply();
  // ok: mass-assignment, missing-authorization
  await supabaseAdmin.from("notices").update(submission.value).eq("id", id).eq("building_id", ctx.buildingId);
  revalidatePath(`/b/${ctx.buildingId}/notices`);
  return submission.reply();
});

// ruleid: missing-auth, missing-input-validation
export async function deleteNotice(noticeId: string) {
  await supabaseAdmin.from("notices").delete().eq("id", noticeId);
  revalidatePath("/b");
}

// Lobby screen: public notices of one building.
// ok: missing-auth, missing-input-validation
export async function lobbyNotices(buildingId: string) {
  const id = uuid.parse(buildingId);
  const { data } = await supabaseAdmin
    .from("notices")
    .select("id, title, body, created_at")
    .eq("building_id", id)
    .eq("audience", "all")
    .eq("published", true)
    .order("created_at", { ascending: false })
    .limit(10);
  // ok: excessive-data-exposure
  return data ?? [];
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const emailNotice = withBuildingRole("officer", async (ctx, noticeId: string) => {
  const id = uuid.parse(noticeId);
  // ok: missing-authorization
  const { data: notice } = await supabaseAdmin
    .from("notices")
    .select("title, body")
    .eq("id", id)
    .eq("building_id", ctx.buildingId)
    .single();
  if (!notice) return { ok: false };
  await sendMail(await residentEmails(ctx.buildingId), notice.title, notice.body);
  return { ok: true };
});

// ok: missing-auth
export const listDraftNotices = withBuildingRole("officer", async (ctx) => {
  const { data } = await supabaseAdmin.from("notices").select("*").eq("building_id", ctx.buildingId).eq("published", false);
  // ruleid: excessive-data-exposure
  return data ?? [];
});
