"use server";

import * as v from "valibot";
import { requireStaff, requireUser } from "@/lib/dal";
import { isClassTeacher } from "@/lib/guards";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { pool } from "@/lib/db/pg";
import { uuid } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export async function classRoster(classId: string) {
  const { user, profile } = await requireStaff();
  const id = v.parse(uuid, classId);
  // ok: floating-auth-check
  if (profile.role === "teacher" && !(await isClassTeacher(user.id, id))) return [];
  // ok: missing-authorization
  const { data } = await supabaseAdmin
    .from("pupils")
    .select("id, first_name, last_name, guardians:pupil_guardians(guardian:guardians(relationship, profile:profiles!guardians_user_id_fkey(full_name)))")
    .eq("class_id", id)
    .order("last_name");
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation
export async function classRosterWithMedical(classId: string) {
  const user = await requireUser();
  const id = v.parse(uuid, classId);
  // ruleid: missing-authorization
  const { data } = await supabaseAdmin.from("pupils").select("first_name, last_name, medical_notes, safeguarding_flag").eq("class_id", id);
  // ok: excessive-data-exposure
  return { teacher: user.id, pupils: data ?? [] };
}

// ok: missing-auth, missing-input-validation
export async function assignTeacher(classId: string, teacherId: string) {
  const { user } = await requireStaff(["admin"]);
  const ids = v.parse(v.object({ classId: uuid, teacherId: uuid }), { classId, teacherId });
  // ok: missing-authorization
  await supabaseAdmin.from("classes").update({ teacher_id: ids.teacherId }).eq("id", ids.classId);
  return { by: user.id };
}

// ok: missing-auth, missing-input-validation
export async function myClasses() {
  const user = await requireUser();
  const supabase = await createClient();
  // ok: missing-authorization
  const { data } = await supabase.from("classes").select("id, name, year_group").eq("teacher_id", user.id);
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function classAttendanceOn(classId: string, date: string) {
  const user = await requireUser();
  // ruleid: floating-auth-check
  if (!isClassTeacher(user.id, classId)) return [];
  // ok: sql-injection
  // ruleid: missing-authorization
  const { rows } = await pool.query("SELECT pupil_id, mark FROM attendance t JOIN pupils p ON p.id = t.pupil_id WHERE p.class_id = $1 AND t.date = $2", [classId, date]);
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function takeRegister(classId: string, marks: { pupilId: string; mark: string }[]) {
  const { user } = await requireStaff(["teacher"]);
  const input = v.parse(
    v.object({ classId: uuid, marks: v.array(v.object({ pupilId: uuid, mark: v.picklist(["/", "\\", "N", "L", "I", "M"]) })) }),
    { classId, marks },
  );
  if (!(await isClassTeacher(user.id, input.classId))) throw new Error("Not your class");
  const today = new Date().toISOString().slice(0, 10);
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    for (const m of input.marks) {
      // ok: sql-injection, missing-authorization
      await client.query("INSERT INTO attendance (pupil_id, date, mark) VALUES ($1, $2, $3) ON CONFLICT (pupil_id, date) DO UPDATE SET mark = $3", [m.pupilId, today, m.mark]);
    }
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    // ok: information-disclosure
    throw new Error(`Register failed: ${(e as Error).message}`);
  } finally {
    client.release();
  }
  return { saved: input.marks.length };
}
