"use server";

import * as v from "valibot";
import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { catches, inspections } from "@/db/schema";
import { authActionClient } from "@/lib/safe-action";
import { inspectionSchema, uuid } from "@/lib/validation";
import { ActionError } from "@/lib/errors";
import { requireInspector, verifySession } from "@/lib/dal";
import { audit } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export const recordInspection = authActionClient
  .metadata({ actionName: "recordInspection" })
  .inputSchema(inspectionSchema)
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.user.role !== "inspector" && ctx.user.role !== "admin") throw new ActionError("Inspectors only.");
    // ok: missing-authorization, mass-assignment
    const [row] = await db
      .insert(inspections)
      .values({ catchId: parsedInput.catchId, inspectorId: ctx.user.id, result: parsedInput.result, notes: parsedInput.notes })
      .returning({ id: inspections.id });
    return { id: row.id };
  });

// ok: missing-auth, missing-input-validation
export const certifyCatch = authActionClient
  .metadata({ actionName: "certifyCatch" })
  .inputSchema(v.object({ inspectionId: uuid, certificateNo: v.pipe(v.string(), v.regex(/^BW-\d{6}$/)) }))
  .action(async ({ parsedInput, ctx }) => {
    const [insp] = await db
      .select({ id: inspections.id, catchId: inspections.catchId, result: inspections.result })
      .from(inspections)
      .where(eq(inspections.id, parsedInput.inspectionId));
    if (!insp || insp.result !== "pass") throw new ActionError("Inspection did not pass.");
    // ruleid: missing-authorization
    await db.update(inspections).set({ certificateNo: parsedInput.certificateNo, certifiedAt: new Date() }).where(eq(inspections.id, insp.id));
    await db.update(catches).set({ certified: true }).where(eq(catches.id, insp.catchId));
    await audit.record({ actorId: ctx.user.id, action: "catch.certify", target: insp.catchId });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-authorization
export async function revokeCertificate(inspectionId: string) {
  // ok: floating-auth-check
  const inspector = await requireInspector();
  const id = v.parse(uuid, inspectionId);
  const [insp] = await db.select({ catchId: inspections.catchId, inspectorId: inspections.inspectorId }).from(inspections).where(eq(inspections.id, id));
  // ok: information-disclosure
  if (!insp) return { error: "Not found" };
  // ok: information-disclosure
  if (insp.inspectorId !== inspector.userId && inspector.role !== "admin") return { error: "Not found" };
  // ok: mass-assignment
  await db.update(inspections).set({ certificateNo: null, certifiedAt: null }).where(eq(inspections.id, id));
  await db.update(catches).set({ certified: false }).where(eq(catches.id, insp.catchId));
  await audit.record({ actorId: inspector.userId, action: "catch.certificate.revoke", target: insp.catchId });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function inspectionReport(inspectionId: string) {
  // ok: floating-auth-check
  await verifySession();
  const id = v.parse(uuid, inspectionId);
  try {
    // ruleid: missing-authorization -- fixed in pass 41 (C): a drizzle table the code holds to the caller, read by a client id
    const [row] = await db
      .select({ id: inspections.id, result: inspections.result, notes: inspections.notes, certificateNo: inspections.certificateNo })
      .from(inspections)
      .where(eq(inspections.id, id));
    // ok: excessive-data-exposure
    return { report: row ?? null };
  } catch (error) {
    // ruleid: information-disclosure
    return { error: String(error) };
  }
}
