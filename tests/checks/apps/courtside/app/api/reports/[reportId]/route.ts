import { NextResponse } from "next/server";
import { z } from "zod";
import { getApiUser } from "@/lib/session";
import { connectMongo } from "@/lib/mongo";
import { MatchReport } from "@/models/MatchReport";

type Ctx = { params: Promise<{ reportId: string }> };
const oid = z.string().regex(/^[a-f0-9]{24}$/);

// Published reports are public.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const reportId = oid.parse((await params).reportId);
  await connectMongo();
  const doc = await MatchReport.findOne({ _id: reportId, published: true }, { title: 1, body: 1, fixtureId: 1 }).lean();
  if (!doc) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(doc);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const user = await getApiUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const reportId = oid.parse((await params).reportId);
  const patch = await req.json();
  await connectMongo();
  // ruleid: mass-assignment
  const res = await MatchReport.updateOne({ _id: reportId, authorId: user.id }, patch);
  return NextResponse.json({ updated: res.modifiedCount });
}
