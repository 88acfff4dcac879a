"use server";

import * as v from "valibot";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { custodyEvents, samples } from "@/lib/db/schema";
import { verifySession, requireRole } from "@/lib/auth/dal";
import { assertCustodian, isCustodian } from "@/lib/auth/custody-guards";
import { auditLog } from "@/lib/audit";

const HandOff = v.object({ sampleId: v.pipe(v.string(), v.uuid()), toUser: v.pipe(v.string(), v.minLength(1)) });

// ok: missing-auth, missing-input-validation
export async function handOffSample(formData: FormData) {
  const staff = await verifySession();
  const input = v.parse(HandOff, Object.fromEntries(formData));
  // ok: floating-auth-check
  await assertCustodian(staff.userId, input.sampleId);
  // ok: missing-authorization
  await db.insert(custodyEvents).values({ sampleId: input.sampleId, fromUser: staff.userId, toUser: input.toUser });
}

// ok: missing-auth, missing-input-validation
export async function returnToStore(formData: FormData) {
  const staff = await verifySession();
  const { sampleId } = v.parse(v.object({ sampleId: v.pipe(v.string(), v.uuid()) }), { sampleId: formData.get("sampleId") });
  // ruleid: floating-auth-check
  assertCustodian(staff.userId, sampleId);
  // ruleid: missing-authorization -- cause B, fixed in pass 32
  await db.insert(custodyEvents).values({ sampleId, fromUser: staff.userId, toUser: "store" });
}

// ok: missing-auth, missing-input-validation
export async function relabelSample(formData: FormData) {
  const staff = await verifySession();
  const input = v.parse(v.object({ sampleId: v.pipe(v.string(), v.uuid()), label: v.pipe(v.string(), v.maxLength(80)) }), Object.fromEntries(formData));
  // ruleid: floating-auth-check
  if (!isCustodian(staff.userId, input.sampleId)) return { error: "Not the custodian" };
  // ruleid: missing-authorization
  await db.update(samples).set({ label: input.label }).where(eq(samples.id, input.sampleId));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function moveStorage(formData: FormData) {
  const staff = await verifySession();
  const input = v.parse(v.object({ sampleId: v.pipe(v.string(), v.uuid()), storage: v.picklist(["fridge", "freezer-20", "freezer-80", "ln2"]) }), Object.fromEntries(formData));
  // ok: floating-auth-check
  const holds = await isCustodian(staff.userId, input.sampleId);
  if (!holds) return { error: "Not the custodian" };
  // ok: missing-authorization
  await db.update(samples).set({ storage: input.storage }).where(eq(samples.id, input.sampleId));
  return { ok: true };
}

// ruleid: missing-auth // ruleid: missing-audit-log -- gap judge pass 32, cause C (fixed in pass 33)
// ok: missing-input-validation
export async function purgeCustodyChain(formData: FormData) {
  // ruleid: floating-auth-check
  requireRole("admin");
  const { sampleId } = v.parse(v.object({ sampleId: v.pipe(v.string(), v.uuid()) }), { sampleId: formData.get("sampleId") });
  await db.delete(custodyEvents).where(eq(custodyEvents.sampleId, sampleId));
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function voidCustodyEvent(formData: FormData) {
  const admin = await requireRole("admin");
  const { id } = v.parse(v.object({ id: v.pipe(v.string(), v.uuid()) }), { id: formData.get("id") });
  // ok: missing-authorization
  await db.delete(custodyEvents).where(eq(custodyEvents.id, id));
  await auditLog({ actorId: admin.userId, action: "custody.void", target: id });
}
