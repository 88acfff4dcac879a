"use server";

import { revalidatePath } from "next/cache";
import { parseWithZod } from "@conform-to/zod";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { withBuildingRole } from "@/lib/with-building-role";
import { requireUser } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { hardshipDecisionSchema, hardshipSchema } from "@/lib/validation/money";
import { uuid } from "@/lib/validation/tickets";

// ok: missing-auth, missing-input-validation
export const applyForHardship = withBuildingRole("resident", async (ctx, formData: FormData) => {
  const submission = parseWithZod(formData, { schema: hardshipSchema });
  if (submission.status !== "success") return submission.reply();
  const supabase = await createClient();
  // ok: mass-assignment, missing-authorization
  const { error } = await supabase.from("hardship_applications").insert({
    building_id: ctx.buildingId,
    applicant_id: ctx.user.id,
    amount_cents: submission.value.amountCents,
    reason: submission.value.reason,
    months: submission.value.months,
  });
  if (error) {
    // ruleid: information-disclosure
    return submission.reply({ formErrors: [error.message] });
  }
  return submission.reply({ resetForm: true });
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const decideHardship = withBuildingRole("officer", async (ctx, formData: FormData) => {
  const submission = parseWithZod(formData, { schema: hardshipDecisionSchema });
  if (submission.status !== "success") return submission.reply();
  const { applicationId, decision, grantedCents } = submission.value;
  // ok: missing-authorization, mass-assignment
  await supabaseAdmin
    .from("hardship_applications")
    .update({ status: decision, granted_cents: grantedCents ?? null, approved_by: ctx.user.id })
    .eq("id", applicationId)
    .eq("building_id", ctx.buildingId)
    .neq("applicant_id", ctx.user.id);
  await auditLog({ actorId: ctx.user.id, action: `hardship.${decision}`, buildingId: ctx.buildingId, target: applicationId });
  revalidatePath(`/b/${ctx.buildingId}/officer`);
  return submission.reply();
});

// Inline edit grid in the officer console posts the whole row.
// ruleid: missing-input-validation
// ok: missing-auth
export const editHardshipRow = withBuildingRole("officer", async (ctx, formData: FormData) => {
  const { applicationId, ...rest } = Object.fromEntries(formData);
  // ruleid: mass-assignment
  await supabaseAdmin.from("hardship_applications").update(rest).eq("id", String(applicationId)).eq("building_id", ctx.buildingId);
  revalidatePath(`/b/${ctx.buildingId}/officer`);
});

// ok: missing-auth
export const listHardshipApplications = withBuildingRole("officer", async (ctx) => {
  const { data } = await supabaseAdmin.from("hardship_applications").select("*").eq("building_id", ctx.buildingId);
  // ruleid: excessive-data-exposure
  return data ?? [];
});

// ok: missing-auth
export async function myHardshipApplications() {
  const user = await requireUser();
  const supabase = await createClient();
  const { data } = await supabase
    .from("hardship_applications")
    .select("id, status, amount_cents, granted_cents, created_at")
    .eq("applicant_id", user.id);
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation
export async function withdrawHardship(applicationId: string) {
  const user = await requireUser();
  const id = uuid.parse(applicationId);
  const supabase = await createClient();
  // ok: missing-authorization
  await supabase.from("hardship_applications").delete().eq("id", id).eq("applicant_id", user.id).eq("status", "pending");
}

// ok: missing-auth, missing-input-validation
export async function getHardshipApplication(applicationId: string) {
  await requireUser();
  const id = uuid.parse(applicationId);
  // ruleid: missing-authorization
  const { data } = await supabaseAdmin.from("hardship_applications").select("id, status, reason, amount_cents").eq("id", id).single();
  // ok: excessive-data-exposure
  return data;
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function attachIncomeDocs(applicationId: string, storagePath: string) {
  await requireUser();
  // ruleid: missing-authorization
  await supabaseAdmin.from("hardship_applications").update({ income_docs_path: storagePath }).eq("id", applicationId);
}

// One-click approval from the e-mail digest; the second officer's id comes from the digest form.
// ok: missing-auth, missing-input-validation, missing-audit-log
export const coSignHardship = withBuildingRole("officer", async (ctx, formData: FormData) => {
  const applicationId = uuid.parse(formData.get("applicationId"));
  const officerId = uuid.parse(formData.get("officerId"));
  // (pass 41 anchor: the missing-authorization label sits on the .update line below)
  await supabaseAdmin
    .from("hardship_applications")
    .update({ status: "approved", approved_by: officerId }) // ruleid: missing-authorization
    .eq("id", applicationId)
    .eq("building_id", ctx.buildingId);
  await auditLog({ actorId: ctx.user.id, action: "hardship.cosigned", buildingId: ctx.buildingId, target: applicationId });
});
