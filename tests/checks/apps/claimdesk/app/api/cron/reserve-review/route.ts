import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { sendEmail } from "@/lib/notify";
import { logger } from "@/lib/logger";

// Vercel cron: flags claims whose reserve has not been reviewed in 90 days
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function GET(req: Request) {
  const authz = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authz !== `Bearer ${process.env.CRON_SECRET}`) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const stale = await prisma.claim.findMany({
    where: { status: "open", createdAt: { lt: new Date(Date.now() - 90 * 86_400_000) } },
    select: { id: true, number: true, adjusterId: true },
    take: 500,
  });
  const adjusters = await prisma.user.findMany({ where: { id: { in: stale.map((c) => c.adjusterId).filter((x): x is string => !!x) } }, select: { id: true, email: true } });
  for (const a of adjusters) {
    const mine = stale.filter((c) => c.adjusterId === a.id).map((c) => c.number);
    await sendEmail(a.email, "Reserve review due", `<p>Review reserves on: ${mine.join(", ")}</p>`);
  }
  logger.info({ count: stale.length }, "cron.reserve_review");
  // ok: excessive-data-exposure
  return NextResponse.json({ flagged: stale.length });
}
