import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { screeners } from "@/lib/db/screener-schema";
import { requireSponsorStaff } from "@/lib/auth/guards";
import { responsesByScore, responsesByAnswer } from "@/lib/db/volunteer-queries";

async function ownScreener(sponsorId: string, screenerId: string) {
  // ok: missing-authorization
  const [s] = await db.select({ id: screeners.id }).from(screeners).where(and(eq(screeners.id, screenerId), eq(screeners.sponsorId, sponsorId)));
  return s ?? null;
}

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const ctx = await requireSponsorStaff();
  const q = z.object({ screener: z.string().uuid(), op: z.enum(["eq", "gte", "lte"]), score: z.coerce.number().int() }).parse(Object.fromEntries(req.nextUrl.searchParams));
  const screener = await ownScreener(ctx.sponsorId, q.screener);
  if (!screener) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const rows = await responsesByScore(screener.id, q.op, q.score);
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((r) => ({ id: r.id, score: r.score })));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  const ctx = await requireSponsorStaff();
  const { screenerId, question, answer } = await req.json();
  const screener = await ownScreener(ctx.sponsorId, screenerId);
  if (!screener) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const rows = await responsesByAnswer(screener.id, question, answer);
  return NextResponse.json({ count: rows.length });
}
