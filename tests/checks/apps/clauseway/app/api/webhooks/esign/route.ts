import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { contracts } from "@/lib/db/schema";
import { verifyEsignSignature } from "@/lib/esign";
import { logger } from "@/lib/logger";

const eventSchema = z.object({
  type: z.enum(["envelope.completed", "envelope.declined", "envelope.voided"]),
  envelopeId: z.string().min(1).max(100),
});

const STATUS = { "envelope.completed": "signed", "envelope.declined": "in_review", "envelope.voided": "draft" } as const;

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  if (!verifyEsignSignature(raw, req.headers.get("x-esign-signature"))) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const parsed = eventSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) return NextResponse.json({ error: "bad payload" }, { status: 400 });
  // ok: missing-authorization
  await db.update(contracts).set({ status: STATUS[parsed.data.type] }).where(eq(contracts.envelopeId, parsed.data.envelopeId));
  logger.info({ envelopeId: parsed.data.envelopeId, type: parsed.data.type }, "esign event");
  return NextResponse.json({ received: true });
}
