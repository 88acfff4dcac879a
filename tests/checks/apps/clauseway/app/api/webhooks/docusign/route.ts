import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { contracts } from "@/lib/db/schema";
import { hmacHex } from "@/lib/secure-compare";
import { markEnvelopeCompleted } from "@/lib/actions/internal";

const connectSchema = z.object({ event: z.string(), data: z.object({ envelopeId: z.string().max(100) }) });

// DocuSign Connect (HMAC key 1). Added during the Acme migration.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-docusign-signature-1") ?? "";
  const expected = Buffer.from(hmacHex(process.env.DOCUSIGN_HMAC_KEY!, raw), "hex").toString("base64");
  // why: HMAC signature compared with !==
  // ruleid: timing-unsafe-comparison
  if (signature !== expected) return NextResponse.json({ error: "invalid" }, { status: 401 });
  const body = connectSchema.parse(JSON.parse(raw));
  if (body.event === "envelope-completed") await markEnvelopeCompleted(body.data.envelopeId);
  if (body.event === "envelope-voided") {
    // ok: missing-authorization
    await db.update(contracts).set({ status: "draft" }).where(eq(contracts.envelopeId, body.data.envelopeId));
  }
  return NextResponse.json({ success: true });
}
