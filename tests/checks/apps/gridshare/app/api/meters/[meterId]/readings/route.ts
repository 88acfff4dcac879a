import { NextResponse } from "next/server";
import { z } from "zod";
import { readingsPool } from "@/lib/db/pg";
import { verifySession } from "@/lib/dal";

const q = z.object({ from: z.string().datetime(), to: z.string().datetime() });

// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: { params: Promise<{ meterId: string }> }) {
  await verifySession();
  const meterId = z.string().uuid().parse((await params).meterId);
  const url = new URL(req.url);
  const range = q.parse({ from: url.searchParams.get("from"), to: url.searchParams.get("to") });
  const { rows } = await readingsPool.query(
    "SELECT ts, wh FROM readings r JOIN meters m ON m.serial = r.meter_serial WHERE m.id = $1 AND ts BETWEEN $2 AND $3 ORDER BY ts",
    // todoruleid: missing-authorization
    [meterId, range.from, range.to],
  );
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((r) => ({ ts: r.ts, wh: Number(r.wh) })));
}
