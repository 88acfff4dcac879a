"use server";

import { z } from "zod";
import * as v from "valibot";
import { connectMongo } from "@/lib/db/mongo";
import { Telemetry } from "@/models/Telemetry";
import { InverterAlert } from "@/models/InverterAlert";
import { memberClient, boardClient } from "@/lib/safe-action";
import { requireMember, requireBoard } from "@/lib/auth/guards";
import { requireInstaller } from "@/lib/auth/lucia";
import { AlertAckSchema } from "@/lib/valibot-schemas";

// ok: missing-auth, missing-input-validation
export const arrayTelemetry = memberClient
  .metadata({ name: "telemetry.array" })
  .schema(z.object({ arrayId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    // ok: missing-authorization
    const docs = await Telemetry.find({ coopId: ctx.coopId, arrayId: parsedInput.arrayId }, { watts: 1, recordedAt: 1 }).limit(200).lean();
    // ok: excessive-data-exposure
    return docs;
  });

// ok: missing-auth, missing-input-validation
export const rawTelemetry = boardClient
  .metadata({ name: "telemetry.raw" })
  .schema(z.object({ arrayId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    // ok: missing-authorization
    const docs = await Telemetry.find({ coopId: ctx.coopId, arrayId: parsedInput.arrayId }).limit(200).lean();
    // ruleid: excessive-data-exposure
    return docs;
  });

// ok: missing-auth, missing-input-validation
export async function acknowledgeAlert(formData: FormData) {
  const ctx = await requireMember();
  const { alertId } = v.parse(AlertAckSchema, Object.fromEntries(formData));
  await connectMongo();
  // ok: missing-authorization
  await InverterAlert.updateOne({ _id: alertId, coopId: ctx.coopId }, { $set: { acknowledgedBy: ctx.userId } });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function annotateAlert(alertId: string, update: Record<string, unknown>) {
  const installer = await requireInstaller();
  await connectMongo();
  // ruleid: mass-assignment
  await InverterAlert.updateOne({ _id: alertId, coopId: installer.coopId }, { $set: update });
}

// ok: missing-auth, missing-input-validation
export async function dismissAlert(alertId: string) {
  await requireBoard();
  if (typeof alertId !== "string" || !/^[a-f0-9]{24}$/.test(alertId)) throw new Error("Bad id");
  await connectMongo();
  await InverterAlert.deleteOne({ _id: alertId });
}

// ok: missing-auth, missing-input-validation
export async function alertsForCoop() {
  const ctx = await requireMember();
  await connectMongo();
  // ok: missing-authorization
  const alerts = await InverterAlert.find({ coopId: ctx.coopId }).select("severity message createdAt").lean();
  // ok: excessive-data-exposure
  return alerts;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function purgeOldTelemetry() {
  await connectMongo();
  const cutoff = new Date(Date.now() - 1000 * 60 * 60 * 24 * 365);
  const res = await Telemetry.deleteMany({ recordedAt: { $lt: cutoff } });
  return { deleted: res.deletedCount };
}
