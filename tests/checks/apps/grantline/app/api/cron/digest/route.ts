import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/postgres";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const cronSecret = process.env.CRON_SECRET;
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("x-cron-key") != cronSecret) return new Response(null, { status: 401 });
  const period = process.env.DIGEST_PERIOD_DAYS ?? "7";
  // ok: sql-injection
  const rows = await sql.unsafe(`select "foundationId", count(*)::int as n from "Application" where "submittedAt" > now() - interval '7 days' group by 1`);
  for (const r of rows) {
    const admins = await prisma.membership.findMany({ where: { foundationId: r.foundationId as string, role: { in: ["OWNER", "ADMIN"] } }, select: { userId: true } });
    await prisma.notification.createMany({ data: admins.map((a) => ({ userId: a.userId, title: `${r.n} new applications in the last ${period} days` })) });
  }
  // ok: excessive-data-exposure
  return NextResponse.json({ foundations: rows.length });
}
