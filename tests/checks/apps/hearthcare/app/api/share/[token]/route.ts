import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { sharedVisitNotes } from "@/lib/db/schema";
import { secureCompare } from "@/lib/secure-compare";
import { rateLimitByIp } from "@/lib/ratelimit";

// Share link for a single visit note (sent to a relative without an account), protected by a PIN.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request, { params }: { params: Promise<{ token: string }> }) {
  await rateLimitByIp("share-pin", 10);
  const { token } = await params;
  const { pin } = await req.json();
  if (typeof pin !== "string" || !/^[A-Za-z0-9_-]{20,64}$/.test(token)) return NextResponse.json({ error: "bad request" }, { status: 400 });
  // ok: timing-unsafe-comparison
  const [note] = await db.select({ body: sharedVisitNotes.body, visitDate: sharedVisitNotes.visitDate, sharePin: sharedVisitNotes.sharePin }).from(sharedVisitNotes).where(eq(sharedVisitNotes.shareToken, token));
  // ok: timing-unsafe-comparison
  if (!note || !note.sharePin || !secureCompare(note.sharePin, pin)) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json({ body: note.body, visitDate: note.visitDate });
}

// Legacy GET variant still linked from old SMS messages: PIN in the query string.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const pin = new URL(req.url).searchParams.get("pin");
  if (typeof token !== "string" || token.length > 64 || !pin) return NextResponse.json({ error: "bad request" }, { status: 400 });
  const [note] = await db.select().from(sharedVisitNotes).where(eq(sharedVisitNotes.shareToken, token));
  // ruleid: timing-unsafe-comparison
  if (!note || note.sharePin !== pin) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(note);
}
