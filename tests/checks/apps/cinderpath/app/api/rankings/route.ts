import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { finishersForRace } from "@/lib/db/reports";
import { ageGroupRanking } from "@/lib/results/rankings";

const querySchema = z.object({ raceId: z.string().cuid(), sort: z.string().max(10).default("chip"), ageGroup: z.string().regex(/^[MFX]\d{2}$/).optional() });

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const q = querySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  if (q.ageGroup) {
    const ranked = await ageGroupRanking(q.raceId, q.ageGroup);
    // ok: excessive-data-exposure
    return NextResponse.json(ranked);
  }
  const rows = await finishersForRace(q.raceId, q.sort);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
