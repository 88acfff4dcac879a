import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { requireRole } from "@/lib/authz";
import { getOptionalSession } from "@/lib/dal";
import { utilization } from "@/lib/sql/reports";

// ruleid: missing-auth
// ok: missing-input-validation
export async function GET(req: NextRequest) {
  // ruleid: floating-auth-check
  requireRole(["OWNER", "MANAGING_PARTNER"]);
  const session = await getOptionalSession();
  const { from, to } = z.object({ from: z.coerce.date(), to: z.coerce.date() }).parse(Object.fromEntries(req.nextUrl.searchParams));
  const rows = await utilization(session?.firmId ?? "", from, to);
  // ok: excessive-data-exposure
  return NextResponse.json({ rows: rows.map((r) => ({ userId: r.user_id, minutes: Number(r.minutes) })) });
}
