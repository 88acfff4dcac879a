import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/auth";
import { pgPool } from "@/lib/pg";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const session = await auth();
  const u = session?.user as any;
  if (!u?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const sp = new URL(req.url).searchParams;
  const p = z.object({ from: z.string().date(), to: z.string().date() }).parse({ from: sp.get("from"), to: sp.get("to") });
  try {
    // ok: sql-injection
    const { rows } = await pgPool.query("SELECT employee_id, day, hours FROM hours_daily WHERE employer_id = $1 AND day BETWEEN $2 AND $3 ORDER BY day", [u.employerId, p.from, p.to]);
    const csv = ["employee_id,day,hours", ...rows.map((r) => `${r.employee_id},${r.day},${r.hours}`)].join("\n");
    return new Response(csv, { headers: { "content-type": "text/csv" } });
  } catch (error) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (error as Error).stack }, { status: 500 });
  }
}
