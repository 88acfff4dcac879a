import { NextResponse } from "next/server";
import { sql } from "@/lib/db/postgres";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

type DueRollout = { id: string; flag_id: string; percentage: number };

/** Vercel Cron: applies scheduled rollouts that are due. */
export async function GET(req: Request) {
  const authorization = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authorization !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  // ok: sql-injection
  const due = await sql<DueRollout[]>`
    SELECT id, flag_id, percentage FROM scheduled_rollouts WHERE status = 'pending' AND run_at <= now() LIMIT 100`;

  for (const rollout of due) {
    // ruleid: sql-injection
    await sql.unsafe(`UPDATE flags SET rollout_pct = ${rollout.percentage} WHERE id = '${rollout.flag_id}'`);
    // ok: sql-injection
    await sql`UPDATE scheduled_rollouts SET status = 'applied' WHERE id = ${rollout.id}`;
  }
  logger.info({ applied: due.length }, "scheduled rollouts applied");
  return NextResponse.json({ applied: due.length });
}
