"use server";

import { z } from "zod";
import { createClient, createServiceClient } from "@/lib/supabase/server";
import { signedDownloadUrl, signedUploadUrl } from "@/lib/storage";

const claimSchema = z.object({
  petId: z.string().uuid(),
  bookingId: z.string().uuid().optional(),
  description: z.string().min(20).max(5000),
  amountCents: z.coerce.number().int().min(100).max(2_000_000),
});

// ok: missing-auth, missing-input-validation
export async function createClaim(_prev: { error?: string; id?: string }, formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return { error: "Please sign in." };
  const parsed = claimSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please complete every field." };
  const { data, error } = await supabase
    .from("claims")
    .insert({ pet_id: parsed.data.petId, booking_id: parsed.data.bookingId, description: parsed.data.description, amount_cents: parsed.data.amountCents, user_id: user.id })
    .select("id")
    .single();
  // ok: information-disclosure
  if (error) return { error: "We couldn't save your claim." };
  return { id: data.id };
}

// ok: missing-auth, missing-input-validation
export async function getClaimUploadUrl(claimId: string, filename: string, contentType: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const input = z
    .object({ claimId: z.string().uuid(), filename: z.string().regex(/^[\w.\- ]{1,120}$/), contentType: z.enum(["application/pdf", "image/jpeg", "image/png"]) })
    .parse({ claimId, filename, contentType });
  // ok: missing-authorization
  const { data: claim } = await supabase.from("claims").select("id").eq("id", input.claimId).eq("user_id", user.id).single();
  if (!claim) throw new Error("Claim not found");
  const key = `claims/${claim.id}/${crypto.randomUUID()}-${input.filename}`;
  await supabase.from("claim_documents").insert({ claim_id: claim.id, key, filename: input.filename });
  return { url: await signedUploadUrl(key, input.contentType) };
}

// ok: missing-auth, missing-input-validation
export async function getClaimDocumentUrl(documentId: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const id = z.string().uuid().parse(documentId);
  const admin = createServiceClient();
  // ruleid: missing-authorization
  const { data: doc } = await admin.from("claim_documents").select("key").eq("id", id).single();
  if (!doc) throw new Error("Not found");
  return { url: await signedDownloadUrl(doc.key) };
}

// ok: missing-auth, missing-input-validation
export async function withdrawClaim(claimId: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const id = z.string().uuid().parse(claimId);
  // ok: missing-authorization
  await supabase.from("claims").update({ status: "withdrawn" }).eq("id", id).eq("user_id", user.id);
}

// ok: missing-auth
export async function listMyClaims() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return [];
  const { data } = await supabase.from("claims").select("*").eq("user_id", user.id);
  // ruleid: excessive-data-exposure
  return data ?? [];
}
