import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { storeResult } from "@/lib/lab-store";
import { prisma } from "@/lib/db/prisma";

// Old lab integration, still used by two clinics. Secret per clinic.
// ok: missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const clinicSlug = req.headers.get("x-clinic") ?? "";
  if (!/^[a-z0-9-]{2,60}$/.test(clinicSlug)) return NextResponse.json({ error: "unknown clinic" }, { status: 404 });
  const clinic = await prisma.clinic.findUnique({ where: { slug: clinicSlug }, select: { id: true, webhookSecret: true } });
  if (!clinic?.webhookSecret) return NextResponse.json({ error: "unknown clinic" }, { status: 404 });
  const digest = createHmac("sha1", clinic.webhookSecret).update(raw).digest("hex");
  const signature = req.headers.get("x-signature");
  // ruleid: timing-unsafe-comparison
  if (signature !== digest) return NextResponse.json({ error: "bad signature" }, { status: 401 });
  const body = JSON.parse(raw) as { id?: unknown; petId?: unknown; panel?: unknown };
  if (typeof body.id !== "string" || typeof body.petId !== "string" || typeof body.panel !== "string") {
    return NextResponse.json({ error: "bad payload" }, { status: 400 });
  }
  await storeResult({ id: body.id, clinic_id: clinic.id, pet_id: body.petId, lab_ref: body.id, panel: body.panel, payload: body, flagged: false });
  return NextResponse.json({ ok: true });
}
