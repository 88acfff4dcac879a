import { NextResponse } from "next/server";
import { eq, sql as dsql } from "drizzle-orm";
import { db, automations } from "@/lib/db/drizzle";
import { pool } from "@/lib/db/pg";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("authorization") !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const rules = await db.select({ id: automations.id, workspaceId: automations.workspaceId, conditions: automations.conditions }).from(automations).where(eq(automations.enabled, true));
  let touched = 0;
  for (const rule of rules) {
    const conds = rule.conditions as { field: string; value: string }[];
    const hours = Number(conds.find((c) => c.field === "hours_since_update")?.value ?? 48);
    // ok: sql-injection
    const res = await pool.query(`update tickets set status = 'closed' where workspace_id = $1 and status = 'solved' and updated_at < now() - ($2 || ' hours')::interval`, [rule.workspaceId, hours]);
    touched += res.rowCount ?? 0;
    await db.update(automations).set({ runCount: dsql`${automations.runCount} + 1` }).where(eq(automations.id, rule.id));
  }
  return NextResponse.json({ touched });
}
