import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { waitlist } from "@/db/schema";
import { waitlistSchema } from "@/lib/validators";
import { limiter } from "@/lib/ratelimit";

// Public waiting-list endpoint used by the embeddable widget.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const ip = req.headers.get("x-forwarded-for") ?? "anon";
  if (!limiter.check(`wl-api:${ip}`, 3)) return NextResponse.json({ error: "slow down" }, { status: 429 });
  const parsed = waitlistSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  // ok: mass-assignment
  const [row] = await db.insert(waitlist).values(parsed.data).returning({ id: waitlist.id });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: row.id }, { status: 201 });
}
