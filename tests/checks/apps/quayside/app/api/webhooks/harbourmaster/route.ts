import { Value } from "@sinclair/typebox/value";
import { sql } from "@/lib/db/sql";
import { hmacHex, safeEqual } from "@/lib/crypto";
import { TideSample } from "@/lib/validation/typebox";

// Tide gauge readings pushed by the port authority every 10 minutes.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-pa-signature") ?? "";
  const expected = hmacHex(process.env.PORT_AUTHORITY_SECRET!, raw);
  // ok: timing-unsafe-comparison
  if (!signature || !safeEqual(signature, expected)) return new Response("bad signature", { status: 401 });

  const samples = JSON.parse(raw);
  if (!Value.Check(TideSample, samples)) return new Response("bad payload", { status: 422 });
  for (const s of samples) {
    // ok: sql-injection
    await sql`insert into tide_samples (station, at, height_m) values (${s.station}, ${s.at}, ${s.heightM}) on conflict do nothing`;
  }
  return Response.json({ stored: samples.length });
}
