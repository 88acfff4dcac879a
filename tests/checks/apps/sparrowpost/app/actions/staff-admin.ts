"use server";

import * as v from "valibot";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/dal";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { uuid } from "@/lib/validators";

const RoleChange = v.object({ userId: uuid, role: v.picklist(["teacher", "office", "admin"]) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function changeStaffRole(_prev: unknown, formData: FormData) {
  const { user } = await requireStaff(["admin"]);
  const input = v.parse(RoleChange, { userId: formData.get("userId"), role: formData.get("role") });
  // ok: missing-authorization // todoruleid: mass-assignment -- known gap (pass 39, policy): role-gated role write (pass-20 policy)
  await supabaseAdmin.from("profiles").update({ role: input.role }).eq("id", input.userId);
  await auditLog({ actorId: user.id, action: "staff.role_changed", target: input.userId, meta: { role: input.role } });
  revalidatePath("/admin/staff");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function promoteToOffice(userId: string) {
  await requireStaff(["admin"]);
  const id = v.parse(uuid, userId);
  // ok: missing-authorization
  await supabaseAdmin.from("profiles").update({ role: "office" }).eq("id", id);
}

// ok: missing-auth
// ok: missing-audit-log
// ruleid: missing-input-validation
export async function setRole(userId: string, role: string) {
  await requireStaff(["office", "admin"]);
  // ok: missing-authorization // todoruleid: mass-assignment -- known gap (pass 39, policy): role-gated role write (pass-20 policy)
  await supabaseAdmin.from("profiles").update({ role }).eq("id", userId);
  logger.info("staff.role_set", { userId, role });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deactivateStaff(userId: string) {
  const { user } = await requireStaff(["admin"]);
  const id = v.parse(uuid, userId);
  if (id === user.id) return { error: "You cannot deactivate yourself." };
  // ok: missing-authorization
  await supabaseAdmin.auth.admin.updateUserById(id, { ban_duration: "876000h" });
  logger.warn("staff.deactivated", { by: user.id, target: id });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listStaff() {
  await requireStaff(["admin"]);
  const { data } = await supabaseAdmin.from("profiles").select("id, full_name, email, role").neq("role", "guardian").order("full_name");
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation
export async function listStaffRaw() {
  await requireStaff(["admin"]);
  const { data } = await supabaseAdmin.from("profiles").select("*").neq("role", "guardian");
  // ruleid: excessive-data-exposure
  return data ?? [];
}

// ruleid: missing-auth, missing-audit-log
// ok: missing-input-validation
export async function bootstrapAdmin(email: string) {
  const parsed = v.parse(v.pipe(v.string(), v.email()), email);
  const { data: existing } = await supabaseAdmin.from("profiles").select("id", { count: "exact", head: true }).eq("role", "admin");
  if (existing && existing.length > 0) return { error: "Already bootstrapped" };
  await supabaseAdmin.from("profiles").update({ role: "admin" }).eq("email", parsed);
  return { ok: true };
}
