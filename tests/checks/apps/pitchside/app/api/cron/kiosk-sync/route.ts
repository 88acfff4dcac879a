import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { drainReports } from "@/lib/db/kiosk-cache";

// pushes reports filed offline on the field laptops
// ok: missing-input-validation
export async function GET(req: Request) {
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const pending = drainReports();
  for (const r of pending) {
    await prisma.matchReport.create({ data: { matchId: r.match_id, refereeId: r.referee_id, incidents: r.body } });
  }
  // ok: excessive-data-exposure
  return NextResponse.json({ synced: pending.length });
}
