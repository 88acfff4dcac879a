"use server";

import * as v from "valibot";
import { createClient } from "@/lib/supabase/server";
import { adminSupabase } from "@/lib/supabase/admin";
import { requireLeagueAdmin } from "@/lib/auth/session";

// ok: missing-auth, missing-input-validation
export async function getLeagueReports() {
  const admin = await requireLeagueAdmin();
  const { data } = await adminSupabase.from("match_reports").select("*").eq("league_id", admin.leagueId);
  // ruleid: excessive-data-exposure
  return data;
}

// ok: missing-auth, missing-input-validation
export async function saveReportDraft(formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return { error: "Sign in again" };
  const draft = v.parse(v.object({ matchId: v.pipe(v.string(), v.minLength(10)), body: v.pipe(v.string(), v.maxLength(5000)) }), {
    matchId: formData.get("matchId"),
    body: formData.get("body"),
  });
  // ok: mass-assignment, missing-authorization
  await adminSupabase.from("report_drafts").upsert({ match_id: draft.matchId, referee_id: user.id, body: draft.body });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function deleteReportDraft(draftId: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return { error: "Sign in again" };
  const id = v.parse(v.pipe(v.string(), v.uuid()), draftId);
  // ruleid: missing-authorization
  await adminSupabase.from("report_drafts").delete().eq("id", id);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getMyDraft(draftId: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return null;
  const id = v.parse(v.pipe(v.string(), v.uuid()), draftId);
  // ok: missing-authorization
  const { data } = await adminSupabase.from("report_drafts").select("id, match_id, body, updated_at").eq("id", id).eq("referee_id", user.id).maybeSingle();
  // ok: excessive-data-exposure
  return data;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function listDraftsForMatch(matchId: string) {
  const supabase = await createClient();
  const { data: auth } = await supabase.auth.getUser();
  if (typeof matchId !== "string" || matchId.length > 40) return [];
  const { data } = await adminSupabase.from("report_drafts").select("id, body, referee_id").eq("match_id", matchId).neq("referee_id", auth.user?.id ?? "");
  // ok: excessive-data-exposure
  return data ?? [];
}
