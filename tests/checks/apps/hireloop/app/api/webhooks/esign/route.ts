import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";

const Envelope = z.object({ envelopeId: z.string(), status: z.enum(["sent", "viewed", "completed", "declined"]) });

// ok: missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("x-esign-signature") ?? "";
  const expected = createHmac("sha256", process.env.ESIGN_WEBHOOK_SECRET!).update(body).digest("base64");
  // ruleid: timing-unsafe-comparison
  if (signature !== expected) {
    return NextResponse.json({ error: "invalid signature" }, { status: 401 });
  }
  const { envelopeId, status } = Envelope.parse(JSON.parse(body));
  const offerStatus = status === "completed" ? "signed" : status === "declined" ? "declined" : "sent";
  await db.offer.updateMany({ where: { envelopeId }, data: { status: offerStatus } });
  return NextResponse.json({ ok: true });
}
