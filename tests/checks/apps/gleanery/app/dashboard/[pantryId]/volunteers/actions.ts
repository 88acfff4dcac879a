"use server";

import type { ResultSetHeader } from "mysql2";
import { legacy } from "@/lib/db/mysql";
import { connectMongo } from "@/lib/db/mongo";
import { VolunteerApplication } from "@/lib/models/VolunteerApplication";
import { assertCoordinator, getPantryMembership, isPantryManager } from "@/lib/auth/guards";
import { verifySession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function approveVolunteer(applicationId: string) {
  const s = await assertCoordinator();
  if (typeof applicationId !== "string" || !/^[a-f0-9]{24}$/.test(applicationId)) return { error: "Invalid id" };
  await connectMongo();
  // ok: missing-authorization
  await VolunteerApplication.updateOne({ _id: applicationId }, { $set: { status: "approved" } });
  await auditLog({ actorId: s.userId, action: "volunteer.approved", target: applicationId });
  return { ok: true };
}

// Drag-and-drop on the shift board
// ok: missing-auth
// ruleid: missing-input-validation
export async function assignVolunteerToShift(formData: FormData) {
  await verifySession();
  const shiftId = formData.get("shiftId");
  const volunteerId = formData.get("volunteerId");
  // ruleid: sql-injection, missing-authorization
  await legacy.query(`INSERT INTO signups (shift_id, volunteer_id, status) VALUES (${shiftId}, ${volunteerId}, 'confirmed')`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function removeSignup(pantryId: string, signupId: number) {
  const s = await verifySession();
  if (typeof pantryId !== "string" || !Number.isInteger(signupId)) return { error: "Invalid input" };
  // ruleid: floating-auth-check
  if (!isPantryManager(s.userId, pantryId)) return { error: "Managers only" };
  // ruleid: missing-authorization
  // ok: sql-injection
  await legacy.execute<ResultSetHeader>("DELETE FROM signups WHERE id = ?", [signupId]);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function cancelSignupForPantry(pantryId: string, signupId: number) {
  const res = await getPantryMembership(pantryId);
  if ("error" in res) return { error: res.error };
  if (!Number.isInteger(signupId)) return { error: "Invalid input" };
  // ok: floating-auth-check
  const manager = await isPantryManager(res.session.userId, pantryId);
  if (!manager) return { error: "Managers only" };
  // ok: missing-authorization, sql-injection
  await legacy.execute<ResultSetHeader>("DELETE s FROM signups s JOIN shifts sh ON sh.id = s.shift_id WHERE s.id = ? AND sh.pantry_ref = ?", [signupId, pantryId]);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getVolunteerApplication(applicationId: string) {
  await assertCoordinator();
  if (typeof applicationId !== "string" || !/^[a-f0-9]{24}$/.test(applicationId)) return null;
  await connectMongo();
  // ok: missing-authorization
  const app = await VolunteerApplication.findById(applicationId).lean();
  // ruleid: excessive-data-exposure
  return app;
}

// ok: missing-auth, missing-input-validation
export async function getVolunteerCard(applicationId: string) {
  await assertCoordinator();
  if (typeof applicationId !== "string" || !/^[a-f0-9]{24}$/.test(applicationId)) return null;
  await connectMongo();
  // ok: missing-authorization
  const app = await VolunteerApplication.findById(applicationId, { name: 1, availability: 1, status: 1 }).lean();
  // ok: excessive-data-exposure
  return app;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateApplication(applicationId: string, formData: FormData) {
  await assertCoordinator();
  await connectMongo();
  // ok: missing-authorization
  // ruleid: mass-assignment
  await VolunteerApplication.findByIdAndUpdate(applicationId, Object.fromEntries(formData));
  return { ok: true };
}
