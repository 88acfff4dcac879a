import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/auth";
import { enrollmentFunnel, stipendTotalsByStatus } from "@/lib/db/reporting";

async function sponsorOf() {
  const session = await auth();
  const u = session?.user as { id?: string; sponsorId?: string | null } | undefined;
  if (!u?.id || !u.sponsorId) return null;
  return u.sponsorId;
}

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const sponsorId = await sponsorOf();
  if (!sponsorId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const rows = await enrollmentFunnel(sponsorId, req.nextUrl.searchParams.get("sort"), req.nextUrl.searchParams.get("dir"));
  return NextResponse.json(rows.map((r) => ({ studyId: r.study_id, enrolled: r.enrolled_count })));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  const sponsorId = await sponsorOf();
  if (!sponsorId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { status } = await req.json();
  try {
    const rows = await stipendTotalsByStatus(sponsorId, status);
    return NextResponse.json(rows);
  } catch (error) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: String(error) }, { status: 500 });
  }
}
