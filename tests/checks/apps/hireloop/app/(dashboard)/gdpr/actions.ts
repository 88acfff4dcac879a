"use server";

import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { auditLog } from "@/lib/audit";
import { connectMongo, CandidateProfile } from "@/lib/db/mongo";

const Id = z.string().uuid();

async function getCompanyId(supabase: Awaited<ReturnType<typeof createClient>>, userId: string) {
  const { data } = await supabase.from("memberships").select("company_id").eq("user_id", userId).single();
  return (data?.company_id as string | undefined) ?? null;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function eraseCandidate(candidateId: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const id = Id.parse(candidateId);
  const companyId = await getCompanyId(supabase, user.id);
  if (!companyId) throw new Error("Forbidden");

  // ok: missing-authorization
  const { error } = await supabase.from("candidates").delete().eq("id", id).eq("company_id", companyId);
  if (error) return { ok: false, error: "Could not erase candidate" };
  await supabase.storage.from("resumes").remove([`${companyId}/${id}.pdf`]);
  await connectMongo();
  await CandidateProfile.updateOne({ candidateId: id, companyId }, { $set: { gdprDeletedAt: new Date(), resumeText: null, email: null } });
  await auditLog({ action: "gdpr.candidate_erased", actorId: user.id, companyId, target: id });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function anonymiseCandidate(candidateId: string) {
  const supabase = await createClient();
  const { data } = await supabase.auth.getUser();
  if (!data.user) throw new Error("Unauthorized");
  const id = Id.parse(candidateId);
  try {
    // ruleid: missing-authorization
    await supabase.from("candidates").update({ name: "Deleted candidate", email: null, phone: null }).eq("id", id).throwOnError();
  } catch (err) {
    // ruleid: information-disclosure
    return { ok: false, error: (err as Error).message };
  }
  await auditLog({ action: "gdpr.candidate_anonymised", actorId: data.user.id, target: id });
  return { ok: true };
}

// ok: missing-auth
export async function listGdprRequests() {
  const supabase = await createClient();
  const { data: auth } = await supabase.auth.getUser();
  if (!auth.user) return [];
  const companyId = await getCompanyId(supabase, auth.user.id);
  // ok: missing-authorization
  const { data } = await supabase.from("gdpr_requests").select("*").eq("company_id", companyId ?? "").order("created_at");
  // ruleid: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth
export async function listGdprRequestSummaries() {
  const supabase = await createClient();
  const { data: auth } = await supabase.auth.getUser();
  if (!auth.user) return [];
  const companyId = await getCompanyId(supabase, auth.user.id);
  const { data } = await supabase
    .from("gdpr_requests")
    .select("id, kind, status, created_at")
    .eq("company_id", companyId ?? "");
  // ok: excessive-data-exposure
  return data ?? [];
}
