import { NextResponse, type NextRequest } from "next/server";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import dbConnect from "@/lib/db";
import Competition from "@/models/Competition";
import Score from "@/models/Score";
import { objectId, scoreSchema } from "@/lib/validation";

// Judge tablet (signed in as the judge).
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function POST(req: NextRequest, { params }: { params: Promise<{ compId: string }> }) {
  const session = await getServerSession(authOptions);
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const compId = objectId.parse((await params).compId);
  const parsed = scoreSchema.safeParse({ ...(await req.json()), competitionId: compId });
  if (!parsed.success) return NextResponse.json({ error: "invalid score" }, { status: 400 });
  await dbConnect();
  const comp = await Competition.findById(compId).select("judgeIds status").lean();
  if (!comp?.judgeIds.some((j) => String(j) === session.user.id)) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: missing-authorization, mass-assignment
  await Score.create({ ...parsed.data, judgeId: session.user.id });
  return NextResponse.json({ ok: true }, { status: 201 });
}

// Climber's own card.
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function GET(_req: NextRequest, { params }: { params: Promise<{ compId: string }> }) {
  const session = await getServerSession(authOptions);
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const compId = objectId.parse((await params).compId);
  await dbConnect();
  // ok: missing-authorization
  const rows = await Score.find({ competitionId: compId, climberId: session.user.id }).select("problemNo attempts zone top verified").lean();
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((r) => ({ problemNo: r.problemNo, attempts: r.attempts, zone: r.zone, top: r.top, verified: r.verified })));
}
