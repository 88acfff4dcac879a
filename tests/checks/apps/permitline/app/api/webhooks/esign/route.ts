import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { hmacHex } from "@/lib/secure-compare";

// E-signature vendor: certificate of occupancy acknowledgements signed by owners.
// ok: missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-esign-signature") ?? "";
  const digest = hmacHex(process.env.ESIGN_WEBHOOK_SECRET!, raw);
  // ruleid: timing-unsafe-comparison
  if (signature !== digest) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const payload = JSON.parse(raw) as { envelopeId: string; status: string; metadata: { certificateId: string } };
  if (typeof payload.metadata?.certificateId !== "string" || !/^c[a-z0-9]{20,30}$/.test(payload.metadata.certificateId)) {
    return NextResponse.json({ error: "bad payload" }, { status: 400 });
  }
  if (payload.status === "completed") {
    await prisma.auditLog.create({ data: { action: "certificate.acknowledged", target: payload.metadata.certificateId, meta: { envelopeId: String(payload.envelopeId) } } });
  }
  return NextResponse.json({ ok: true });
}
