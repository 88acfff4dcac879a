"use server";

import { revalidatePath } from "next/cache";
import { type } from "arktype";
import { createClient } from "~/lib/supabase/server";

const AttachmentId = type("string.uuid");
const NewAttachment = type({ noteId: "string", fileName: "0 < string <= 200", path: "string" });

// ok: missing-auth
// ok: missing-input-validation
export async function listAttachments(noteId: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const id = AttachmentId.assert(noteId);
  // ok: missing-authorization -- constrained by the owner
  const { data } = await supabase.from("attachments").select("*").eq("note_id", id).eq("owner_id", user.id);
  // ruleid: excessive-data-exposure
  return data;
}

// ok: missing-auth
export async function listAttachmentNames() {
  const supabase = await createClient();
  const { data: auth } = await supabase.auth.getUser();
  if (!auth.user) return [];
  const { data } = await supabase.from("attachments").select("id, file_name, size").eq("owner_id", auth.user.id);
  // ok: excessive-data-exposure -- chosen columns
  return data ?? [];
}

// ok: missing-auth
// ok: missing-input-validation
export async function addAttachment(input: unknown) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const parsed = NewAttachment(input);
  if (parsed instanceof type.errors) throw new Error(parsed.summary);
  // ok: mass-assignment -- arktype-validated fields, owner from the session
  await supabase.from("attachments").insert({ note_id: parsed.noteId, file_name: parsed.fileName, path: parsed.path, owner_id: user.id });
  revalidatePath(`/notes/${parsed.noteId}`);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function deleteAttachment(attachmentId: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  // ruleid: missing-authorization
  await supabase.from("attachments").delete().eq("id", attachmentId);
  revalidatePath("/notes");
}

// ruleid: missing-auth -- getUser() result never checked
// ruleid: missing-input-validation
export async function renameAttachment(attachmentId: string, fileName: string) {
  const supabase = await createClient();
  const { data } = await supabase.auth.getUser();
  await supabase.from("attachments").update({ file_name: fileName }).eq("id", attachmentId).eq("owner_id", data.user?.id);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateAttachmentMeta(attachmentId: string, meta: Record<string, unknown>) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  // ruleid: mass-assignment
  await supabase.from("attachments").update(meta).eq("id", attachmentId).eq("owner_id", user.id);
}
