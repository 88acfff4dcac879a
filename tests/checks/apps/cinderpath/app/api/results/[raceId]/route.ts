import { NextResponse } from "next/server";
import { sql } from "@vercel/postgres";
import { z } from "zod";

// Public results: no login needed.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ raceId: string }> }) {
  const raceId = z.string().cuid().parse((await params).raceId);
  // ok: sql-injection
  const { rows } = await sql`SELECT bib, display_name, chip_time_ms, age_group FROM results_view WHERE race_id = ${raceId} AND published = true ORDER BY chip_time_ms`;
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
