"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { createAdminClient } from "@/lib/supabase/admin";
import { logger } from "@/lib/logger";

// Pre-DAL code: reads the Supabase user directly.

// ok: missing-auth, missing-input-validation
export async function updateBio(formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/login");
  const bio = z.string().max(600).parse(formData.get("bio"));
  // ok: missing-authorization
  await supabase.from("profiles").update({ bio }).eq("id", user.id);
}

// ok: missing-auth, missing-input-validation
export async function exportMyData() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/login");
  const { data: profile } = await supabase.from("profiles").select("*").eq("id", user.id).single();
  // why: the whole profile row (stripe ids, moderation flags, phone) even to its owner
  // ruleid: excessive-data-exposure
  return profile;
}

// why: session fetched but not checked; the service-role client then deletes by user?.id
// ruleid: missing-auth
// ok: missing-input-validation
export async function deleteMyUploads() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  const admin = createAdminClient();
  await admin.storage.from("model-files").remove([`${user?.id}/`]);
  await admin.from("models").delete().eq("owner_id", user?.id ?? "");
}

// why: account deletion with no audit call (console.log is not an audit log)
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function closeAccount(formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/login");
  if (formData.get("confirm") !== "CLOSE") return { error: "Type CLOSE to confirm" };
  console.log("closing account", user.id);
  await createAdminClient().auth.admin.deleteUser(user.id);
  redirect("/goodbye");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function unlinkGoogle(formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/login");
  const identityId = z.string().min(1).parse(formData.get("identityId"));
  const identity = user.identities?.find((i) => i.identity_id === identityId);
  if (!identity) return { error: "Unknown identity" };
  await supabase.auth.unlinkIdentity(identity);
  logger.info({ event: "maker.unlink_identity", user: user.id, provider: identity.provider }, "identity unlinked");
}
