import { NextResponse } from "next/server";
import { readingsPool } from "@/lib/db/pg";
import { hmacSha256 } from "@/lib/secure-compare";

// The second provider (NGrid) still posts form-encoded batches.
// ok: missing-auth
// ruleid: missing-input-validation -- ruling pass 34: rule 3 names SQL as a sink with no caller exemption; a secret-gated caller's value pasted into SQL text is reported
export async function POST(req: Request) {
  const raw = await req.text();
  const expectedSignature = hmacSha256(process.env.NGRID_WEBHOOK_SECRET!, raw);
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("x-ngrid-signature") !== expectedSignature) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const params = new URLSearchParams(raw);
  const serial = params.get("serial");
  const wh = params.get("wh");
  // ruleid: sql-injection
  await readingsPool.query(`INSERT INTO readings (meter_serial, ts, wh) VALUES ('${serial}', now(), ${wh})`);
  return NextResponse.json({ ok: true });
}
