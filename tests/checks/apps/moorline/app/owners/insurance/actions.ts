"use server";

import { z } from "zod";
import { requireOwnerUser, createClient } from "@/lib/supabase/server";
import { logger } from "@/lib/logger";

const certSchema = z.object({
  vesselId: z.string().uuid(),
  insurer: z.string().min(2).max(80),
  policyNumber: z.string().min(3).max(40),
  expiresOn: z.string().date(),
});

// ok: missing-auth, missing-input-validation
export async function uploadInsuranceCertificate(formData: FormData) {
  const { supabase, user } = await requireOwnerUser();
  const meta = certSchema.parse({
    vesselId: formData.get("vesselId"),
    insurer: formData.get("insurer"),
    policyNumber: formData.get("policyNumber"),
    expiresOn: formData.get("expiresOn"),
  });
  const file = formData.get("file");
  if (!(file instanceof File) || file.type !== "application/pdf" || file.size > 5_000_000) return { error: "Upload a PDF under 5 MB" };
  const { data: vessel } = await supabase
    .from("owner_vessels")
    .select("id")
    .eq("id", meta.vesselId)
    // ok: missing-authorization
    .eq("owner_user_id", user.id)
    .single();
  if (!vessel) return { error: "Vessel not found" };
  const path = `${user.id}/${meta.vesselId}/${crypto.randomUUID()}.pdf`;
  const up = await supabase.storage.from("insurance").upload(path, file, { contentType: "application/pdf" });
  if (up.error) {
    logger.error({ err: up.error }, "insurance upload failed");
    // ok: information-disclosure
    return { error: "Upload failed, please try again" };
  }
  // ok: mass-assignment
  await supabase.from("insurance_certificates").insert({ ...meta, owner_user_id: user.id, storage_path: path });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function deleteInsuranceCertificate(certId: string) {
  const { supabase, user } = await requireOwnerUser();
  const id = z.string().uuid().parse(certId);
  try {
    // ruleid: missing-authorization
    const { error } = await supabase
      .from("insurance_certificates")
      .delete()
      .eq("id", id);
    if (error) throw error;
  } catch (err) {
    // ruleid: information-disclosure
    return { error: (err as Error).message };
  }
  logger.info({ userId: user.id, certId: id }, "certificate deleted");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function myCertificates() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Sign in" };
  const { data } = await supabase.from("insurance_certificates").select("*").eq("owner_user_id", user.id);
  // ruleid: excessive-data-exposure
  return data;
}
