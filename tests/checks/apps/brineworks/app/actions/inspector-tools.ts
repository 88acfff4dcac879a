"use server";

import * as v from "valibot";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { catches, inspections } from "@/db/schema";
import { requireInspector, verifySession } from "@/lib/dal";
import { audit } from "@/lib/audit";
import { uuid } from "@/lib/validation";

async function isAssignedInspector(userId: string, catchId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: inspections.id })
    .from(inspections)
    .where(and(eq(inspections.catchId, catchId), eq(inspections.inspectorId, userId)));
  return !!row;
}

// ruleid: missing-auth
export async function condemnCatch(catchId: string) {
  // ruleid: floating-auth-check
  requireInspector();
  const id = v.parse(uuid, catchId);
  await db.update(catches).set({ status: "condemned", certified: false }).where(eq(catches.id, id));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function amendInspectionNotes(catchId: string, notes: string) {
  const s = await verifySession();
  const input = v.parse(v.object({ catchId: uuid, notes: v.pipe(v.string(), v.maxLength(2000)) }), { catchId, notes });
  // ruleid: floating-auth-check
  if (s.role !== "admin" && !isAssignedInspector(s.userId, input.catchId)) {
    // ok: information-disclosure
    return { error: "Not found" };
  }
  // ruleid: missing-authorization
  await db.update(inspections).set({ notes: input.notes }).where(eq(inspections.catchId, input.catchId));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function amendInspectionNotesChecked(catchId: string, notes: string) {
  const s = await verifySession();
  const input = v.parse(v.object({ catchId: uuid, notes: v.pipe(v.string(), v.maxLength(2000)) }), { catchId, notes });
  // ok: floating-auth-check
  if (s.role !== "admin" && !(await isAssignedInspector(s.userId, input.catchId))) {
    // ok: information-disclosure
    return { error: "Not found" };
  }
  // ok: mass-assignment
  await db.update(inspections).set({ notes: input.notes }).where(eq(inspections.catchId, input.catchId));
  await audit.record({ actorId: s.userId, action: "inspection.amend", target: input.catchId });
  return { ok: true };
}

// Seal codes are printed on the tamper tag of each crate.
// ok: missing-auth, missing-input-validation
export async function checkCrateSeal(catchId: string, sealCode: string) {
  await requireInspector();
  const input = v.parse(v.object({ catchId: uuid, sealCode: v.pipe(v.string(), v.length(8)) }), { catchId, sealCode });
  const [c] = await db.select({ notes: catches.notes }).from(catches).where(eq(catches.id, input.catchId));
  const expectedSecret = c?.notes?.match(/seal:(\w{8})/)?.[1] ?? null;
  // ok: timing-unsafe-comparison
  if (expectedSecret === null) return { ok: false };
  // ruleid: timing-unsafe-comparison
  return { ok: input.sealCode === expectedSecret };
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function inspectorQueue(status: string) {
  const inspector = await requireInspector();
  const st = v.parse(v.picklist(["pass", "fail", "hold"]), status);
  try {
    const rows = await db
      .select({ id: inspections.id, catchId: inspections.catchId, result: inspections.result })
      .from(inspections)
      .where(and(eq(inspections.inspectorId, inspector.userId), eq(inspections.result, st)));
    // ok: excessive-data-exposure
    return { rows };
  } catch (e) {
    console.error(e);
    // ok: information-disclosure
    return { error: "Could not load queue" };
  }
}
