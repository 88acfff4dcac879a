"use server";

import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";

// ok: missing-auth, missing-input-validation
export async function getStatement(period: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Not signed in");
  const p = z.string().regex(/^\d{4}-\d{2}$/).parse(period);
  const { data } = await supabase
    .from("statements")
    .select("period, kwh_consumed, kwh_generated, credit_cents, total_cents")
    // ok: missing-authorization
    .eq("member_id", user.id)
    .eq("period", p)
    .single();
  // ok: excessive-data-exposure
  return data;
}

// ok: missing-auth, missing-input-validation
export async function getStatementById(statementId: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Not signed in");
  const id = z.string().uuid().parse(statementId);
  // Service role: statements of other members are visible to this client.
  // ruleid: missing-authorization
  const { data } = await supabaseAdmin
    .from("statements")
    .select("period, kwh_consumed, kwh_generated, credit_cents, total_cents, member_id")
    .eq("id", id)
    .single();
  return data;
}

// ok: missing-auth, missing-input-validation
export async function listStatements() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return [];
  const { data } = await supabase.from("statements").select("*").eq("member_id", user.id);
  // ruleid: excessive-data-exposure
  return data;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function markStatementSeen(statementId: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  const id = z.string().uuid().parse(statementId);
  await supabaseAdmin.from("statement_views").insert({ statement_id: id, member_id: user?.id ?? null, seen_at: new Date().toISOString() });
  return { ok: true };
}
