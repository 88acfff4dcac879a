"use server";

import * as v from "valibot";
import { revalidatePath } from "next/cache";
import { withStaff, withTracing } from "@/lib/with-staff";
import { createClient } from "@/lib/supabase/server";
import { isClassTeacher } from "@/lib/guards";
import { requireStaff, requireUser } from "@/lib/dal";
import { AnnouncementSchema, uuid } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export const postAnnouncement = withStaff(async ({ user }, formData: FormData) => {
  const input = v.parse(AnnouncementSchema, {
    classId: formData.get("classId"),
    title: formData.get("title"),
    body: formData.get("body"),
    published: formData.get("published") === "on",
  });
  // ok: floating-auth-check
  if (!(await isClassTeacher(user.id, input.classId))) throw new Error("Not your class");
  const supabase = await createClient();
  // ok: mass-assignment, missing-authorization
  const { data } = await supabase
    .from("announcements")
    .insert({ class_id: input.classId, title: input.title, body: input.body, published: input.published, author_id: user.id })
    .select("id")
    .single();
  revalidatePath(`/staff/classes/${input.classId}`);
  // ok: excessive-data-exposure
  return { id: data?.id };
});

// ok: missing-auth, missing-input-validation
export const updateAnnouncement = withStaff(async ({ user }, id: string, patch: { title?: string; body?: string }) => {
  const safeId = v.parse(uuid, id);
  const fields = v.parse(v.partial(v.pick(AnnouncementSchema, ["title", "body"])), patch);
  const supabase = await createClient();
  // ok: missing-authorization, mass-assignment
  await supabase.from("announcements").update(fields).eq("id", safeId).eq("author_id", user.id);
  return { ok: true };
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function publishAnnouncement(id: string) {
  await requireUser();
  const supabase = await createClient();
  // ruleid: missing-authorization
  await supabase.from("announcements").update({ published: true }).eq("id", id);
  revalidatePath("/parent");
}

// ok: missing-auth, missing-input-validation
export const deleteAnnouncement = async (id: string) => {
  const user = await requireUser();
  const safeId = v.parse(uuid, id);
  const supabase = await createClient();
  const { data: row } = await supabase.from("announcements").select("class_id").eq("id", safeId).single();
  if (!row) return { error: "Not found" };
  // ruleid: floating-auth-check
  if (!isClassTeacher(user.id, row.class_id!)) return { error: "Forbidden" };
  // ruleid: missing-authorization
  await supabase.from("announcements").delete().eq("id", safeId);
  return { ok: true };
};

// ok: missing-auth, missing-input-validation
export async function listClassAnnouncements(classId: string) {
  const { user } = await requireStaff();
  const id = v.parse(uuid, classId);
  if (!(await isClassTeacher(user.id, id))) return [];
  const supabase = await createClient();
  // ok: missing-authorization
  const { data } = await supabase.from("announcements").select("id, title, published, created_at").eq("class_id", id).order("created_at", { ascending: false });
  // ok: excessive-data-exposure
  return data ?? [];
}

// ruleid: missing-auth
// ok: missing-input-validation
export const duplicateAnnouncement = withTracing("duplicateAnnouncement", async (id: string) => {
  const safeId = v.parse(uuid, id);
  const supabase = await createClient();
  const { data: src } = await supabase.from("announcements").select("class_id, title, body, author_id").eq("id", safeId).single();
  if (!src) return null;
  // ok: mass-assignment
  const { data } = await supabase.from("announcements").insert({ ...src, title: `${src.title} (copy)`, published: false }).select("id").single();
  return data?.id ?? null;
});

// ok: missing-auth, missing-input-validation
export async function getAnnouncementForEdit(id: string) {
  const { user } = await requireStaff(["teacher"]);
  const safeId = v.parse(uuid, id);
  const supabase = await createClient();
  const { data } = await supabase.from("announcements").select("*").eq("id", safeId).eq("author_id", user.id).single();
  // ruleid: excessive-data-exposure
  return data;
}
