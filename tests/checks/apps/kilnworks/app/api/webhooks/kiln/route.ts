import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db, kilns, firings } from "@/lib/db";
import { hmacSha256 } from "@/lib/secure-compare";
import { insertReading } from "@/lib/db/telemetry";

const Payload = z.object({
  kilnId: z.string().uuid(),
  firingId: z.string().uuid().optional(),
  tempC: z.number(),
  segment: z.number().int(),
  ts: z.number().int(),
  event: z.enum(["reading", "complete", "error"]),
});

// Kiln controllers (Bartlett Genesis bridge) sign each payload with the kiln's controller token.
// ok: missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  try {
    const payload = Payload.parse(JSON.parse(raw));
    const kiln = await db.query.kilns.findFirst({ where: eq(kilns.id, payload.kilnId), columns: { id: true, controllerToken: true } });
    if (!kiln?.controllerToken) return NextResponse.json({ error: "unknown kiln" }, { status: 404 });
    const signature = req.headers.get("x-kiln-signature") ?? "";
    const expected = hmacSha256(kiln.controllerToken, raw);
    // ruleid: timing-unsafe-comparison
    if (signature !== expected) {
      return NextResponse.json({ error: "bad signature" }, { status: 401 });
    }
    insertReading(kiln.id, payload.ts, payload.tempC, payload.segment);
    if (payload.event === "complete" && payload.firingId) {
      // ok: missing-authorization
      await db.update(firings).set({ status: "cooling" }).where(and(eq(firings.id, payload.firingId), eq(firings.kilnId, kiln.id)));
    }
    return NextResponse.json({ success: true });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "processing failed", detail: (err as Error).stack }, { status: 500 });
  }
}
