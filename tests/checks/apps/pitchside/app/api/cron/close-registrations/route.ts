import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { secureCompare } from "@/lib/secure-compare";
import { logAudit } from "@/lib/audit";

// Vercel cron, nightly 02:00 UTC
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function GET(req: Request) {
  const auth = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(auth, `Bearer ${process.env.CRON_SECRET}`)) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const res = await prisma.league.updateMany({ where: { registrationOpen: true }, data: { registrationOpen: false } });
  await logAudit({ action: "cron.registrations_closed", meta: { leagues: res.count } });
  // ok: excessive-data-exposure
  return NextResponse.json({ closed: res.count });
}
