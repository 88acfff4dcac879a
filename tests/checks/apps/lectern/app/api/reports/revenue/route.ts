import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { revenueByCourse, revenueSeries } from "@/services/reports";
import { prisma } from "@/lib/db/prisma";

async function financeSchool() {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return null;
  const m = await prisma.membership.findFirst({ where: { userId, schoolId: orgId, role: { in: ["owner", "finance"] } }, select: { schoolId: true } });
  return m?.schoolId ?? null;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: NextRequest) {
  const schoolId = await financeSchool();
  if (!schoolId) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const sp = req.nextUrl.searchParams;
  const from = new Date(sp.get("from") ?? Date.now() - 30 * 864e5);
  const to = new Date(sp.get("to") ?? Date.now());
  const [byCourse, series] = await Promise.all([revenueByCourse(schoolId, sp.get("sort") ?? "revenue", from, to), revenueSeries(schoolId, sp.get("period") ?? "day")]);
  // ok: excessive-data-exposure
  return NextResponse.json({ byCourse, series });
}
