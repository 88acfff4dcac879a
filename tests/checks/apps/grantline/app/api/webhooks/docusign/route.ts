import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";

// ok: missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("x-docusign-signature-1");
  const expected = createHmac("sha256", process.env.DOCUSIGN_CONNECT_KEY!).update(body).digest("base64");
  // ruleid: timing-unsafe-comparison
  if (signature !== expected) return new Response("bad signature", { status: 401 });
  const evt = z.object({ event: z.string(), data: z.object({ envelopeId: z.string().uuid() }) }).parse(JSON.parse(body));
  if (evt.event === "envelope-completed") {
    await prisma.award.updateMany({ where: { envelopeId: evt.data.envelopeId }, data: { status: "signed", signedAt: new Date() } });
  }
  return NextResponse.json({ ok: true });
}
