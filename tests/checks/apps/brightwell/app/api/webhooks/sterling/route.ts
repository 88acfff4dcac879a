import { NextResponse } from "next/server";
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hmacHex } from "@/lib/secure-compare";

const eventSchema = z.object({ screeningId: z.string(), result: z.enum(["clear", "consider", "pending"]) });

// Second provider used by two districts.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const sig = Buffer.from(req.headers.get("x-sterling-signature") ?? "", "hex");
  const expected = Buffer.from(hmacHex(env.sterlingWebhookSecret, raw), "hex");
  // ok: timing-unsafe-comparison
  if (sig.length !== expected.length || !timingSafeEqual(sig, expected)) {
    return new NextResponse("unauthorized", { status: 401 });
  }
  const evt = eventSchema.parse(JSON.parse(raw));
  // ok: missing-authorization
  await db.backgroundCheck.update({ where: { providerRef: evt.screeningId }, data: { status: evt.result === "consider" ? "flagged" : evt.result } });
  return NextResponse.json({ ok: true });
}
