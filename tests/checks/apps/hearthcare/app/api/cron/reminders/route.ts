import { NextResponse } from "next/server";
import { secureCompare } from "@/lib/secure-compare";
import { kdb } from "@/lib/db/kysely";
import { sendPush } from "@/lib/push";

// Vercel cron: sends shift reminders 2h ahead.
// ok: missing-auth, missing-rate-limit, timing-unsafe-comparison
export async function GET(req: Request) {
  const authz = req.headers.get("authorization") ?? "";
  if (!secureCompare(authz, `Bearer ${process.env.CRON_SECRET}`)) return new NextResponse("unauthorized", { status: 401 });
  const soon = new Date(Date.now() + 2 * 3600_000);
  const shifts = await kdb.selectFrom("shifts").innerJoin("caregiver_users", "caregiver_users.caregiver_id", "shifts.caregiver_id").select(["shifts.id", "caregiver_users.id as userId"]).where("starts_at", "<=", soon).where("status", "=", "assigned").execute();
  for (const s of shifts) await sendPush(s.userId, "Your shift starts in 2 hours");
  return NextResponse.json({ sent: shifts.length });
}
