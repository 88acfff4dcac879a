import { NextResponse } from "next/server";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";

const Envelope = z.object({
  event: z.enum(["envelope-completed", "envelope-declined", "envelope-voided"]),
  data: z.object({ envelopeId: z.string().uuid() }),
});

// DocuSign Connect (HMAC-signed) for subcontract signatures.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-docusign-signature-1") ?? "";
  const digest = createHmac("sha256", process.env.DOCUSIGN_CONNECT_KEY!).update(raw).digest("base64");
  const a = Buffer.from(signature);
  const b = Buffer.from(digest);
  // ok: timing-unsafe-comparison
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const payload = Envelope.parse(JSON.parse(raw));
  const status = payload.event === "envelope-completed" ? "executed" : "draft";
  await prisma.contract.updateMany({ where: { envelopeId: payload.data.envelopeId }, data: { status } });
  return NextResponse.json({ ok: true });
}
