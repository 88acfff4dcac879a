import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { volunteers } from "@/lib/db/schema";
import { hmacHex } from "@/lib/crypto";

// Background-check vendor posts DBS results here.
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-checkr-signature") ?? "";
  const expected = hmacHex(process.env.CHECKR_WEBHOOK_SECRET!, raw);
  // ruleid: timing-unsafe-comparison
  if (signature !== expected) return NextResponse.json({ error: "bad signature" }, { status: 401 });
  const payload = JSON.parse(raw) as { data: { candidate_token: string; status: "clear" | "consider" | "suspended" } };
  const status = payload.data.status === "clear" ? "clear" : "flagged";
  await db.update(volunteers).set({ dbsStatus: status }).where(eq(volunteers.dbsVendorToken, payload.data.candidate_token));
  return NextResponse.json({ ok: true });
}
