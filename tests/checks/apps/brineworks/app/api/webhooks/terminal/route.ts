import { NextResponse } from "next/server";
import * as v from "valibot";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { lots } from "@/db/schema";

// Older terminal firmware sends a static token instead of an HMAC.
export async function POST(req: Request) {
  const token = req.headers.get("x-terminal-token");
  // ruleid: timing-unsafe-comparison
  if (!token || token !== process.env.TERMINAL_TOKEN) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const body = v.parse(v.object({ lotId: v.pipe(v.string(), v.uuid()), paused: v.boolean() }), await req.json());
  // ok: mass-assignment
  await db.update(lots).set({ floorNotes: body.paused ? "paused by terminal" : null }).where(eq(lots.id, body.lotId));
  return NextResponse.json({ ok: true });
}
