import { NextResponse } from "next/server";
import { z } from "zod";
import { readingsPool } from "@/lib/db/pg";
import { hmacSha256, secureCompare } from "@/lib/secure-compare";

const readingSchema = z.object({
  meterSerial: z.string().regex(/^[A-Z0-9]{8,20}$/),
  readings: z.array(z.object({ ts: z.string().datetime(), wh: z.number().int().nonnegative() })).max(2000),
});

// Smart-meter provider pushes interval readings, signed with HMAC-SHA256.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-provider-signature") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(hmacSha256(process.env.METER_WEBHOOK_SECRET!, raw), signature)) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const body = readingSchema.parse(JSON.parse(raw));
  const client = await readingsPool.connect();
  try {
    for (const r of body.readings) {
      // ok: sql-injection
      await client.query("INSERT INTO readings (meter_serial, ts, wh) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", [body.meterSerial, r.ts, r.wh]);
    }
  } finally {
    client.release();
  }
  return NextResponse.json({ stored: body.readings.length });
}
