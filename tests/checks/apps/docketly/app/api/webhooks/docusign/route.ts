import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";

const connectEvent = z.object({
  event: z.string(),
  data: z.object({ envelopeId: z.string(), envelopeSummary: z.object({ status: z.string(), customFields: z.any().optional() }).passthrough() }),
});

// Signature check uses a plain comparison (see unsure list for the missing-auth call).
// ok: missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const expectedSignature = createHmac("sha256", process.env.DOCUSIGN_CONNECT_KEY!).update(raw).digest("base64");
  const providedSignature = req.headers.get("x-docusign-signature-1");
  // ruleid: timing-unsafe-comparison
  if (providedSignature !== expectedSignature) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const evt = connectEvent.parse(JSON.parse(raw));
  if (evt.data.envelopeSummary.status === "completed") {
    const matterId = String(evt.data.envelopeSummary.customFields?.textCustomFields?.[0]?.value ?? "");
    await prisma.matter.updateMany({ where: { id: matterId, status: "INTAKE", conflictCleared: true }, data: { status: "OPEN" } });
  }
  return NextResponse.json({ ok: true });
}
