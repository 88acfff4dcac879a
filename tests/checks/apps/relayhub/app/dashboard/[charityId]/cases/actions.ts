"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { isCaseworkerFor } from "@/lib/authz";

// Beneficiary case files live in Supabase (the casework team's original stack).

const NewCase = z.object({
  charityId: z.string().cuid(),
  fullName: z.string().min(1).max(160),
  circumstances: z.string().min(1).max(20_000),
  safeguarding: z.string().max(5_000).optional(),
});

// ok: missing-auth, missing-input-validation
export async function openCase(input: z.input<typeof NewCase>) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/sign-in");
  const data = NewCase.parse(input);
  const { data: row, error } = await supabase
    .from("beneficiary_cases")
    // ok: mass-assignment
    .insert({ charity_id: data.charityId, full_name: data.fullName, circumstances: data.circumstances, safeguarding: data.safeguarding, caseworker_id: user.id })
    .select("id")
    .single();
  if (error) {
    // ruleid: information-disclosure
    return { error: error.message };
  }
  // ok: excessive-data-exposure
  return { id: row.id as string };
}

// ok: missing-auth, missing-input-validation
export async function getCase(caseId: string) {
  const supabase = await createClient();
  const { data: auth } = await supabase.auth.getUser();
  if (!auth.user) throw new Error("Unauthenticated");
  const id = z.string().cuid().parse(caseId);
  // ok: missing-authorization
  const { data } = await supabase.from("beneficiary_cases").select("*").eq("id", id).eq("caseworker_id", auth.user.id).single();
  // ruleid: excessive-data-exposure
  return data;
}

// ok: missing-auth, missing-input-validation
export async function updateCaseNotes(caseId: string, circumstances: string) {
  const supabase = await createClient();
  const { data: auth } = await supabase.auth.getUser();
  if (!auth.user) throw new Error("Unauthenticated");
  const id = z.string().cuid().parse(caseId);
  const text = z.string().max(20_000).parse(circumstances);
  // ruleid: floating-auth-check
  if (!isCaseworkerFor(auth.user.id, id)) {
    return { ok: false };
  }
  // ruleid: missing-authorization
  const { error } = await supabase.from("beneficiary_cases").update({ circumstances: text }).eq("id", id);
  if (error) throw new Error(error.message);
  return { ok: true };
}

// ok: missing-auth
export async function listMyCases() {
  const supabase = await createClient();
  const { data: auth } = await supabase.auth.getUser();
  if (!auth.user) return [];
  const { data } = await supabase.from("beneficiary_cases").select("id, full_name, updated_at").eq("caseworker_id", auth.user.id);
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation
export async function reassignCase(caseId: string, caseworkerId: string) {
  const supabase = await createClient();
  const { data: auth } = await supabase.auth.getUser();
  if (!auth.user) throw new Error("Unauthenticated");
  const ids = z.object({ caseId: z.string().cuid(), caseworkerId: z.string().uuid() }).parse({ caseId, caseworkerId });
  // ok: floating-auth-check
  const mine = await isCaseworkerFor(auth.user.id, ids.caseId);
  if (!mine) return { ok: false, error: "Only the current caseworker can hand over a case." };
  // ok: missing-authorization
  await supabase.from("beneficiary_cases").update({ caseworker_id: ids.caseworkerId }).eq("id", ids.caseId).eq("caseworker_id", auth.user.id);
  return { ok: true };
}
