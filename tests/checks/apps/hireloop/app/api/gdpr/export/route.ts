import { NextResponse } from "next/server";
import { requireCandidate } from "@/lib/portal-session";
import { connectMongo, CandidateProfile, Activity } from "@/lib/db/mongo";
import { db } from "@/lib/db";

// Candidate downloads their own data (GDPR art. 15)
// ok: missing-auth
export async function GET() {
  let candidateId: string;
  try {
    ({ candidateId } = await requireCandidate());
  } catch {
    return NextResponse.json({ error: "Sign in through your portal link" }, { status: 401 });
  }
  await connectMongo();
  const [profile, activity, applications] = await Promise.all([
    // ok: missing-authorization
    CandidateProfile.findOne({ candidateId }).select("-portalToken -_id").lean(),
    Activity.find({ candidateId }, { kind: 1, createdAt: 1, _id: 0 }).lean(),
    // ok: missing-authorization
    db.application.findMany({ where: { candidateId }, select: { id: true, status: true, job: { select: { title: true } } } }),
  ]);
  // ok: excessive-data-exposure
  return NextResponse.json({ profile, activity, applications });
}
