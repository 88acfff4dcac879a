"use server";

import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { generateText } from "ai";
import { prisma } from "@/lib/db";
import { sendOcppCommand } from "@/lib/ocpp";
import { signedUploadUrl } from "@/lib/s3";
import { diagnosisModel, summarizeFaults } from "@/lib/ai";
import { connectMongo, MeterValue } from "@/lib/mongo/models";

const id = z.string().cuid();

// Asks the charger to upload its diagnostics bundle to a pre-signed S3 URL.
// ok: missing-auth, missing-input-validation
export async function requestDiagnostics(chargerId: string) {
  await auth.protect({ role: "org:technician" });
  const { orgId } = await auth();
  const cid = id.parse(chargerId);
  // ok: missing-authorization
  const charger = await prisma.charger.findFirst({ where: { id: cid, operatorOrgId: orgId ?? "__none__" }, select: { ocppId: true } });
  if (!charger) return { error: "Charger not found" };
  const key = `diagnostics/${charger.ocppId}/${Date.now()}.zip`;
  const location = await signedUploadUrl(key, "application/zip");
  await sendOcppCommand(charger.ocppId, "GetDiagnostics", { location, retries: 2 });
  // ok: information-disclosure
  return { key };
}

// AI fault-diagnosis summary on the charger page.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function getFaultSummary(chargerId: string) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return { error: "Unauthorized" };
  const cid = id.parse(chargerId);
  // ok: missing-authorization
  const charger = await prisma.charger.findFirst({ where: { id: cid, operatorOrgId: orgId }, select: { id: true, label: true } });
  if (!charger) return { error: "Charger not found" };
  await connectMongo();
  const events = await MeterValue.find({ chargerId: charger.id, "raw.errorCode": { $ne: "NoError" } }, { "raw.errorCode": 1, "raw.info": 1, createdAt: 1 })
    .sort({ createdAt: -1 })
    .limit(50)
    .lean();
  try {
    const summary = await summarizeFaults(
      charger.label,
      events.map((e: any) => ({ code: e.raw?.errorCode, info: e.raw?.info, at: new Date(e.createdAt).toISOString() })),
    );
    // ok: information-disclosure
    return { summary };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: `AI summary failed: ${(err as Error).message}` };
  }
}

// Used by the public status page's "what does this code mean?" tooltip.
// ok: missing-input-validation
// ruleid: missing-rate-limit
export async function explainFaultCode(code: string) {
  if (typeof code !== "string" || !/^[A-Za-z]{3,40}$/.test(code)) return { text: "" };
  const { text } = await generateText({
    model: diagnosisModel,
    prompt: `Explain the OCPP 1.6 ChargePointErrorCode "${code}" to an EV driver in two sentences.`,
  });
  // ok: information-disclosure
  return { text };
}
