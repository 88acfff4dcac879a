"use server";

import bcrypt from "bcryptjs";
import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { Prescription } from "@/lib/models/Prescription";
import { Staff } from "@/lib/models/Staff";
import { clinicianActionClient, sessionActionClient, ActionError } from "@/lib/safe-action";
import { audit } from "@/lib/audit";
import { prescriptionSchema, objectId } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation
export const createPrescription = clinicianActionClient
  .metadata({ actionName: "createPrescription" })
  .inputSchema(prescriptionSchema)
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    // ok: mass-assignment, missing-authorization
    const rx = await Prescription.create({ ...parsedInput, patient: parsedInput.patientId, prescriber: ctx.userId, status: "draft" });
    // ok: excessive-data-exposure
    return { id: String(rx._id) };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log // ruleid: missing-rate-limit
export const signPrescription = clinicianActionClient
  .metadata({ actionName: "signPrescription" })
  .inputSchema(z.object({ prescriptionId: objectId, pin: z.string().regex(/^\d{6}$/) }))
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    const staff = await Staff.findById(ctx.userId).select("signingPinHash");
    // ok: timing-unsafe-comparison
    if (!staff?.signingPinHash || !(await bcrypt.compare(parsedInput.pin, staff.signingPinHash))) {
      throw new ActionError("Signing PIN is incorrect.");
    }
    // ok: missing-authorization
    const res = await Prescription.updateOne(
      { _id: parsedInput.prescriptionId, prescriber: ctx.userId, status: "draft" },
      { $set: { status: "signed", signedAt: new Date() } }
    );
    await audit({ actorId: ctx.userId, actorRole: ctx.role, action: "rx.signed", target: parsedInput.prescriptionId });
    return { signed: res.modifiedCount === 1 };
  });

// ok: missing-auth, missing-input-validation
export const voidPrescription = clinicianActionClient
  .metadata({ actionName: "voidPrescription" })
  .inputSchema(z.object({ prescriptionId: objectId, reason: z.string().min(3).max(300) }))
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    // ok: missing-authorization
    await Prescription.updateOne({ _id: parsedInput.prescriptionId }, { $set: { status: "voided" } });
    await audit({ actorId: ctx.userId, action: "rx.voided", target: parsedInput.prescriptionId, meta: { reason: parsedInput.reason } });
    return { ok: true };
  });

// ruleid: missing-auth
// ok: missing-input-validation
export const getPrescriptionHistory = sessionActionClient
  .metadata({ actionName: "getPrescriptionHistory" })
  .inputSchema(z.object({ patientId: objectId }))
  .action(async ({ parsedInput }) => {
    await connectMongo();
    const rows = await Prescription.find({ patient: parsedInput.patientId }).sort({ createdAt: -1 }).lean();
    // ruleid: excessive-data-exposure
    return rows;
  });
