"use server";

import { randomUUID } from "node:crypto";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { createClient } from "@/lib/supabase/server";
import { canEditTicket, requireUser } from "@/lib/dal";
import { PHOTO_BUCKET, signedPhotoUrl } from "@/lib/storage";
import { uuid } from "@/lib/validation/tickets";

const ALLOWED = new Set(["image/jpeg", "image/png", "image/webp", "image/heic"]);

// ok: missing-auth, missing-input-validation
export async function uploadTicketPhoto(formData: FormData) {
  const user = await requireUser();
  const ticketId = uuid.parse(formData.get("ticketId"));
  const file = formData.get("photo");
  if (!(file instanceof File) || !ALLOWED.has(file.type) || file.size > 8 * 1024 * 1024) {
    return { ok: false, error: "Photos must be JPEG, PNG, WebP or HEIC up to 8 MB." };
  }
  // ok: floating-auth-check
  if (!(await canEditTicket(user.id, ticketId))) return { ok: false, error: "Not allowed" };

  const path = `${ticketId}/${randomUUID()}.${file.type.split("/")[1]}`;
  const { error } = await supabaseAdmin.storage.from(PHOTO_BUCKET).upload(path, file, { contentType: file.type });
  if (error) {
    console.error("photo upload failed", error);
    // ok: information-disclosure
    return { ok: false, error: "Upload failed, please retry." };
  }
  // ok: missing-authorization, mass-assignment
  await supabaseAdmin.from("ticket_photos").insert({ ticket_id: ticketId, storage_path: path, uploaded_by: user.id });
  return { ok: true };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function deletePhoto(photoId: string) {
  await requireUser();
  const { data: photo } = await supabaseAdmin.from("ticket_photos").select("storage_path").eq("id", photoId).single();
  if (!photo) return;
  await supabaseAdmin.storage.from(PHOTO_BUCKET).remove([photo.storage_path]);
  // ruleid: missing-authorization
  await supabaseAdmin.from("ticket_photos").delete().eq("id", photoId);
}

// ok: missing-auth, missing-input-validation
export async function deleteOwnPhoto(photoId: string) {
  const user = await requireUser();
  const id = uuid.parse(photoId);
  const supabase = await createClient();
  // ok: missing-authorization
  const { data: photo } = await supabase.from("ticket_photos").select("storage_path, uploaded_by").eq("id", id).single();
  if (!photo || photo.uploaded_by !== user.id) throw new Error("Not found");
  await supabaseAdmin.storage.from(PHOTO_BUCKET).remove([photo.storage_path]);
  // ok: missing-authorization
  await supabase.from("ticket_photos").delete().eq("id", id);
}

// ok: missing-auth, missing-input-validation
export async function getPhotoUrls(ticketId: string) {
  const user = await requireUser();
  const id = uuid.parse(ticketId);
  if (!(await canEditTicket(user.id, id))) return [];
  // ok: missing-authorization
  const { data } = await supabaseAdmin.from("ticket_photos").select("id, storage_path").eq("ticket_id", id);
  const urls = await Promise.all((data ?? []).map(async (p) => ({ id: p.id, url: await signedPhotoUrl(p.storage_path) })));
  // ok: excessive-data-exposure
  return urls;
}
