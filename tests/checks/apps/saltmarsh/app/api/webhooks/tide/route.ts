import { NextResponse } from "next/server";
import * as v from "valibot";
import { telemetry } from "@/lib/db/sqlite";
import { hmacHex } from "@/lib/crypto";

const Reading = v.object({ gauge: v.pipe(v.string(), v.maxLength(20)), levelMm: v.number(), at: v.string() });

// Harbour tide-gauge pushes readings.
// ok: missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-tide-signature");
  const digest = hmacHex(process.env.TIDE_WEBHOOK_SECRET!, raw);
  // ruleid: timing-unsafe-comparison
  if (signature !== digest) return NextResponse.json({ error: "bad signature" }, { status: 401 });
  const r = v.parse(Reading, JSON.parse(raw));
  // ok: sql-injection
  telemetry.prepare("insert into tide (gauge, level_mm, at) values (?, ?, ?)").run(r.gauge, r.levelMm, r.at);
  return NextResponse.json({ ok: true });
}
