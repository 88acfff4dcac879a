import { NextResponse } from "next/server";
import { auth } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";
import { duesHistoryForSeason, duesHistoryForMember } from "@/lib/dal/legacy-reports";

async function treasurerGardenCode(userId: string, gardenId: string) {
  const m = await prisma.gardenMembership.findUnique({
    where: { gardenId_userId: { gardenId, userId } },
    select: { role: true, garden: { select: { slug: true } } },
  });
  return m?.role === "TREASURER" ? m.garden.slug : null;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const url = new URL(req.url);
  const code = await treasurerGardenCode(session.user.id, url.searchParams.get("gardenId") ?? "");
  if (!code) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  const rows = await duesHistoryForSeason(code, url.searchParams.get("season") ?? "");
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((r) => ({ member: r.member_no, amount: r.amount, paidOn: r.paid_on })));
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = await req.json();
  if (typeof body?.gardenId !== "string" || typeof body?.memberNo !== "string" || !/^\d{1,8}$/.test(body.memberNo)) {
    return NextResponse.json({ error: "Invalid body" }, { status: 400 });
  }
  const code = await treasurerGardenCode(session.user.id, body.gardenId);
  if (!code) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  try {
    const rows = await duesHistoryForMember(code, body.memberNo);
    // ok: excessive-data-exposure
    return NextResponse.json({ count: rows.length, total: rows.reduce((s, r) => s + Number(r.amount), 0) });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "Legacy query failed", detail: (err as Error).message }, { status: 500 });
  }
}
