import { NextResponse } from "next/server";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { verifyApiKey } from "@/lib/api-keys";
import { connectMongo } from "@/lib/db/mongo";
import { Telemetry } from "@/models/Telemetry";

const payloadSchema = z.object({
  arrayId: z.string().uuid(),
  inverterSerial: z.string().max(64),
  watts: z.number(),
  voltage: z.number(),
  temperatureC: z.number(),
});

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const key = await verifyApiKey(req);
  if (!key) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const raw = await req.text();
  const signature = req.headers.get("x-tidewell-signature") ?? "";
  const expected = createHmac("sha256", key.signingSecret).update(raw).digest("hex");
  // ok: timing-unsafe-comparison
  if (signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
    return NextResponse.json({ error: "Bad signature" }, { status: 401 });
  }
  const data = payloadSchema.parse(JSON.parse(raw));
  await connectMongo();
  // ok: mass-assignment
  await Telemetry.create({ ...data, coopId: key.coopId });
  return NextResponse.json({ ok: true });
}
