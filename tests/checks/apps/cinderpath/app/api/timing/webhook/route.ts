import { NextResponse } from "next/server";
import { z } from "zod";
import { hmacHex } from "@/lib/secure-compare";
import { stageReads } from "@/lib/timing/staging";

const payloadSchema = z.object({ raceId: z.string().cuid(), reads: z.array(z.object({ chip: z.string(), mat: z.string(), ts: z.number() })).max(10000) });

// Push webhook from the on-course mat vendor.
// ok: missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-mat-signature") ?? "";
  const expected = hmacHex(process.env.MAT_WEBHOOK_SECRET!, raw);
  // ruleid: timing-unsafe-comparison
  if (signature !== expected) return NextResponse.json({ error: "bad signature" }, { status: 401 });
  const body = payloadSchema.parse(JSON.parse(raw));
  stageReads(body.reads.map((r) => ({ ...r, raceId: body.raceId })));
  return NextResponse.json({ ok: true });
}
