import { NextResponse } from "next/server";
import { z } from "zod";
import { getMembership } from "@/lib/dal";
import { occupancyByMonth } from "@/lib/queries/reports";
import { logger } from "@/lib/logger";

const Q = z.object({ marina: z.string().cuid(), year: z.coerce.number().int().min(2015).max(2100) });

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const q = Q.parse(Object.fromEntries(new URL(req.url).searchParams));
  await getMembership(q.marina);
  try {
    const rows = await occupancyByMonth(q.marina, q.year);
    // ok: excessive-data-exposure
    return NextResponse.json({ rows });
  } catch (err) {
    logger.error({ err }, "occupancy report failed");
    // ok: information-disclosure
    return NextResponse.json({ error: "Report failed." }, { status: 500 });
  }
}
