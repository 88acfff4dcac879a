import { NextResponse } from "next/server";
import * as v from "valibot";
import { hmacHex, secureCompare } from "@/lib/secure-compare";
import { storeResult } from "@/lib/lab-store";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

const LabPayload = v.object({
  id: v.string(),
  labRef: v.string(),
  microchip: v.pipe(v.string(), v.regex(/^\d{15}$/)),
  panel: v.string(),
  flagged: v.boolean(),
  results: v.array(v.object({ analyte: v.string(), value: v.number(), unit: v.string() })),
});

// Signed by the reference lab (IDEXX-style HMAC over the raw body).
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-lab-signature") ?? "";
  const expected = hmacHex(process.env.LAB_WEBHOOK_SECRET!, raw);
  // ok: timing-unsafe-comparison
  if (!secureCompare(signature, expected)) return NextResponse.json({ error: "bad signature" }, { status: 401 });
  const body = v.parse(LabPayload, JSON.parse(raw));
  const pet = await prisma.pet.findFirst({ where: { microchip: body.microchip }, select: { id: true, clinicId: true } });
  if (!pet) return NextResponse.json({ ok: true, matched: false });
  await storeResult({ id: body.id, clinic_id: pet.clinicId, pet_id: pet.id, lab_ref: body.labRef, panel: body.panel, payload: body.results, flagged: body.flagged });
  logger.info("lab.result_received", { labRef: body.labRef });
  return NextResponse.json({ ok: true });
}
