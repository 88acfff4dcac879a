import { NextRequest, NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { secureCompare, signPayload, verifyLegacySignature } from "@/lib/crypto";
import { logger } from "@/lib/logger";

type EnvelopeEvent = { envelopeId: string; status: "completed" | "declined" | "voided"; signedAt?: string };

// ok: missing-auth
export async function POST(req: NextRequest) {
  const raw = await req.text();
  const header = req.headers.get("x-esign-signature") ?? "";
  const expected = signPayload(process.env.ESIGN_WEBHOOK_SECRET!, raw);
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, expected)) {
    logger.warn({ ip: req.headers.get("x-forwarded-for") }, "esign.bad_signature");
    return NextResponse.json({ error: "invalid signature" }, { status: 401 });
  }
  const event = JSON.parse(raw) as EnvelopeEvent;
  if (typeof event.envelopeId !== "string" || !["completed", "declined", "voided"].includes(event.status)) {
    return NextResponse.json({ error: "bad payload" }, { status: 422 });
  }
  const doc = await prisma.document.findFirst({ where: { envelopeId: event.envelopeId }, select: { id: true, leaseId: true } });
  if (!doc) return NextResponse.json({ ok: true });
  // ok: timing-unsafe-comparison
  await prisma.document.update({ where: { id: doc.id }, data: { signed: event.status === "completed" } });
  if (event.status === "completed" && doc.leaseId) {
    await prisma.lease.update({ where: { id: doc.leaseId }, data: { status: "active" } });
  }
  return NextResponse.json({ ok: true });
}

/** v1 provider still posts form-encoded callbacks here. */
export async function PUT(req: NextRequest) {
  const form = await req.formData();
  const payload = String(form.get("payload") ?? "");
  const sig = String(form.get("sig") ?? "");
  // ok: floating-auth-check
  if (!verifyLegacySignature(process.env.ESIGN_V1_SECRET!, payload, sig)) {
    return NextResponse.json({ error: "invalid signature" }, { status: 401 });
  }
  const { envelopeId } = JSON.parse(payload) as { envelopeId: string };
  await prisma.document.updateMany({ where: { envelopeId }, data: { signed: true } });
  return NextResponse.json({ ok: true });
}
