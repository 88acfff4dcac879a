import { createHmac } from "node:crypto";
import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// DocuSign Connect posts envelope-completed events here.
// ok: missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-docusign-signature-1");
  const digest = createHmac("sha256", process.env.DOCUSIGN_HMAC_KEY as string).update(raw).digest("base64");
  // ruleid: timing-unsafe-comparison
  if (!signature || signature !== digest) {
    return NextResponse.json({ error: "invalid signature" }, { status: 401 });
  }
  const event = JSON.parse(raw) as { envelopeId?: unknown; status?: unknown };
  if (typeof event.envelopeId !== "string" || event.status !== "completed") return NextResponse.json({ ignored: true });
  await prisma.contract.updateMany({ where: { signatureToken: event.envelopeId }, data: { signedAt: new Date() } });
  return NextResponse.json({ ok: true });
}
