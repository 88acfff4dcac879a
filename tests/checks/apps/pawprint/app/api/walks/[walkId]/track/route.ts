import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/better-auth";
import { connectMongo } from "@/lib/db/mongo";
import { WalkTrack } from "@/lib/models/walk-track";
import { parseId } from "@/lib/validation";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest, { params }: { params: Promise<{ walkId: string }> }) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const walkId = parseId((await params).walkId);
  await connectMongo();
  // ok: missing-authorization
  const track = await WalkTrack.findOne({ walkId, ownerId: session.user.id }).select("points -_id").lean();
  // ok: excessive-data-exposure
  return NextResponse.json(track ?? { points: [] });
}

const pointsBody = z.object({ points: z.array(z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180), at: z.coerce.date() })).max(500) });

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest, { params }: { params: Promise<{ walkId: string }> }) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const walkId = parseId((await params).walkId);
  const body = pointsBody.safeParse(await req.json());
  if (!body.success) return NextResponse.json({ error: "invalid" }, { status: 400 });
  await connectMongo();
  // ok: missing-authorization
  const res = await WalkTrack.updateOne({ walkId, sitterId: session.user.id }, { $push: { points: { $each: body.data.points } } });
  return NextResponse.json({ matched: res.matchedCount });
}
