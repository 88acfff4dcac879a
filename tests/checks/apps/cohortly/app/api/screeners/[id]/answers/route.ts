import { NextResponse } from "next/server";
import { headers } from "next/headers";
import * as v from "valibot";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { screenerResponses, screeners } from "@/lib/db/screener-schema";
import { auth as volunteerAuth } from "@/lib/auth/volunteer";
import { requireSponsorStaff } from "@/lib/auth/guards";

type Ctx = { params: Promise<{ id: string }> };

const IdSchema = v.pipe(v.string(), v.uuid());

// Sponsor staff read all answers of one of their screeners.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const ctx = await requireSponsorStaff();
  const id = v.parse(IdSchema, (await params).id);
  // ok: missing-authorization
  const [screener] = await db.select({ id: screeners.id }).from(screeners).where(and(eq(screeners.id, id), eq(screeners.sponsorId, ctx.sponsorId)));
  if (!screener) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: missing-authorization
  const rows = await db.select({ id: screenerResponses.id, score: screenerResponses.score, eligible: screenerResponses.eligible }).from(screenerResponses).where(eq(screenerResponses.screenerId, screener.id));
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// A volunteer's own answers, for the "review my answers" page.
// ok: missing-auth, missing-input-validation
export async function POST(_req: Request, { params }: Ctx) {
  const session = await volunteerAuth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = v.parse(IdSchema, (await params).id);
  // ok: missing-authorization
  const rows = await db.select().from(screenerResponses).where(and(eq(screenerResponses.screenerId, id), eq(screenerResponses.volunteerId, session.user.id)));
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PUT(req: Request, { params }: Ctx) {
  const ctx = await requireSponsorStaff();
  const { id } = await params;
  const body = await req.json();
  // ok: missing-authorization
  // ruleid: mass-assignment
  await db.update(screeners).set(body).where(and(eq(screeners.id, id), eq(screeners.sponsorId, ctx.sponsorId)));
  return NextResponse.json({ ok: true });
}
