"use server";

import * as v from "valibot";
import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { requireGuardian, requireStaff, getCurrentUser } from "@/lib/dal";
import { isGuardianOf, isClassTeacher } from "@/lib/guards";
import { pool } from "@/lib/db/pg";
import { AbsenceSchema, uuid } from "@/lib/validators";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function reportAbsence(_prev: unknown, formData: FormData) {
  const { guardian } = await requireGuardian();
  const input = v.parse(AbsenceSchema, { pupilId: formData.get("pupilId"), date: formData.get("date"), reason: formData.get("reason") });
  // ok: floating-auth-check
  if (!(await isGuardianOf(guardian.id, input.pupilId))) return { error: "Not your child" };
  const supabase = await createClient();
  // ok: missing-authorization
  const { error } = await supabase.rpc("mark_absent", { p_pupil: input.pupilId, p_date: input.date, p_reason: input.reason });
  if (error) {
    logger.error("absence.rpc_failed", { code: error.code });
    // ok: information-disclosure
    return { error: "We couldn't record that absence. Please phone the office." };
  }
  revalidatePath("/parent/absences");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function reportAbsenceQuick(pupilId: string, date: string, reason: string, fromOffice = false) {
  const { guardian } = await requireGuardian();
  const input = v.parse(AbsenceSchema, { pupilId, date, reason });
  // ruleid: floating-auth-check
  if (!isGuardianOf(guardian.id, input.pupilId) && !fromOffice) return { error: "Not your child" };
  const supabase = await createClient();
  // ruleid: missing-authorization
  await supabase.rpc("mark_absent", { p_pupil: input.pupilId, p_date: input.date, p_reason: input.reason });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function authoriseAbsence(absenceId: string) {
  const { profile } = await requireStaff(["office", "admin"]);
  const id = v.parse(uuid, absenceId);
  // ok: missing-authorization
  await supabaseAdmin.from("absences").update({ authorised: true }).eq("id", id);
  logger.info("absence.authorised", { by: profile.id, id });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function absencesForClass(classId: string, from: string) {
  const { user } = await requireStaff(["teacher"]);
  if (!(await isClassTeacher(user.id, classId))) return [];
  // ok: sql-injection, missing-authorization
  const { rows } = await pool.query(
    "SELECT a.id, a.date, a.reason, p.first_name, p.last_name FROM absences a JOIN pupils p ON p.id = a.pupil_id WHERE p.class_id = $1 AND a.date >= $2",
    [classId, from],
  );
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function absenceHistory(pupilId: string) {
  const user = await getCurrentUser();
  if (!user) throw new Error("Sign in");
  const id = v.parse(uuid, pupilId);
  // ruleid: sql-injection // ruleid: missing-authorization
  const { rows } = await pool.query(`SELECT * FROM absences WHERE pupil_id = '${id}' ORDER BY date DESC`);
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function myChildAbsences(pupilId: string) {
  const { guardian } = await requireGuardian();
  const id = v.parse(uuid, pupilId);
  if (!(await isGuardianOf(guardian.id, id))) return [];
  // ok: sql-injection, missing-authorization
  const { rows } = await pool.query("SELECT date, reason, authorised FROM absences WHERE pupil_id = $1 ORDER BY date DESC", [id]);
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function cancelAbsence(absenceId: string) {
  const id = v.parse(uuid, absenceId);
  const supabase = await createClient();
  await supabase.from("absences").delete().eq("id", id);
  return { ok: true };
}
