import { NextResponse, type NextRequest } from "next/server";
import { Prisma } from "@prisma/client";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";

// ruleid: missing-input-validation
export async function GET(req: NextRequest) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const membership = await db.membership.findFirst({ where: { userId: session.user.id }, select: { companyId: true } });
  if (!membership) return NextResponse.json({ error: "Forbidden" }, { status: 403 });

  const from = req.nextUrl.searchParams.get("from") ?? "2020-01-01";
  const jobId = req.nextUrl.searchParams.get("jobId");

  // ok: sql-injection
  const byStage = await db.$queryRaw<{ stage: string; n: number }[]>(Prisma.sql`
    SELECT s.name AS stage, count(a.id)::int AS n
      FROM "Stage" s JOIN "Job" j ON j.id = s."jobId" LEFT JOIN "Application" a ON a."stageId" = s.id
     WHERE j."companyId" = ${membership.companyId} ${jobId ? Prisma.sql`AND j.id = ${jobId}` : Prisma.empty}
     GROUP BY s.name, s.position ORDER BY s.position`);

  try {
    // ruleid: sql-injection
    const trend = await db.$queryRawUnsafe<{ week: Date; n: number }[]>(
      `SELECT date_trunc('week', a."createdAt") AS week, count(*)::int AS n FROM "Application" a JOIN "Job" j ON j.id = a."jobId"
        WHERE j."companyId" = $1 AND a."createdAt" >= '${from}' GROUP BY 1 ORDER BY 1`,
      membership.companyId,
    );
    // ok: excessive-data-exposure
    return NextResponse.json({ byStage, trend });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: e instanceof Error ? e.message : "query failed" }, { status: 500 });
  }
}
