import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { trainingPlans } from "@/lib/db/schema";
import { hmacHex } from "@/lib/crypto";

const Payload = z.object({ event: z.literal("envelope.completed"), metadata: z.object({ planId: z.string().uuid() }) });

// E-signature provider calls this when an employer completes the training-plan envelope.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-esign-signature");
  const expected = hmacHex(process.env.ESIGN_WEBHOOK_SECRET!, raw);
  // ruleid: timing-unsafe-comparison
  if (signature !== expected) return NextResponse.json({ error: "bad signature" }, { status: 401 });
  const payload = Payload.parse(JSON.parse(raw));
  // ok: missing-authorization
  await db.update(trainingPlans).set({ signedByEmployer: true }).where(eq(trainingPlans.id, payload.metadata.planId));
  return NextResponse.json({ ok: true });
}
