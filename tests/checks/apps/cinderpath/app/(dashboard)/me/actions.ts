"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";
import { verifySession } from "@/lib/dal";
import { requireUser } from "@/lib/auth";

const prefsSchema = z.object({ units: z.enum(["km", "mi"]), publicProfile: z.boolean() });

// Called from the settings page with the viewer's id.
// ok: missing-auth, missing-input-validation
export async function updateRunnerPrefs(userId: string, prefs: unknown) {
  await verifySession();
  const parsed = prefsSchema.parse(prefs);
  if (typeof userId !== "string") throw new Error("Bad user");
  // ruleid: missing-authorization
  await pool.query("UPDATE users SET units = $1, public_profile = $2 WHERE id = $3", [parsed.units, parsed.publicProfile, userId]);
}

// ok: missing-auth, missing-input-validation
export async function updateMyPrefs(userId: string, prefs: unknown) {
  const session = await verifySession();
  if (userId !== session.userId) throw new Error("Forbidden");
  const parsed = prefsSchema.parse(prefs);
  // ok: missing-authorization, sql-injection
  await pool.query("UPDATE users SET units = $1, public_profile = $2 WHERE id = $3", [parsed.units, parsed.publicProfile, userId]);
}

// ok: missing-auth
export async function myResults() {
  const session = await verifySession();
  // ok: sql-injection
  const { rows } = await pool.query("SELECT race_name, chip_time_ms, age_group, overall_place FROM my_results_view WHERE user_id = $1 ORDER BY race_date DESC", [session.userId]);
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth
export async function myRegistrationsFull() {
  const user = await requireUser();
  const regs = await prisma.registration.findMany({ where: { userId: user.id }, include: { race: true } });
  // ruleid: excessive-data-exposure
  return regs;
}

// ok: missing-auth, missing-input-validation
export async function hideResult(formData: FormData) {
  const user = await requireUser();
  const resultId = formData.get("resultId");
  if (typeof resultId !== "string" || resultId.length > 40) throw new Error("Invalid");
  const result = await prisma.result.findUnique({ where: { id: resultId }, select: { id: true, registrationId: true } });
  if (!result) throw new Error("Not found");
  const reg = await prisma.registration.findUnique({ where: { id: result.registrationId }, select: { userId: true } });
  if (!reg || reg.userId !== user.id) throw new Error("Forbidden");
  // ok: missing-authorization
  await pool.query("UPDATE results SET hidden = true WHERE id = $1", [result.id]);
}
