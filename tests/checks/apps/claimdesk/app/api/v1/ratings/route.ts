import { NextResponse } from "next/server";
import { z } from "zod";
import { ratingDb } from "@/lib/mysql";
import { withApiKey } from "@/lib/api-keys";

const Q = z.object({ zip: z.string().regex(/^\d{5}$/), line: z.string().max(30), vehicleClass: z.string().max(30).optional() });

// Rating factors from the acquired agency's MySQL rating engine
// ok: missing-auth, missing-input-validation
export const GET = withApiKey("policies:read", async (req) => {
  const q = Q.parse(Object.fromEntries(req.nextUrl.searchParams));
  // ok: sql-injection
  const [base] = await ratingDb.execute("SELECT base_rate, territory FROM territories WHERE zip = ? LIMIT 1", [q.zip]);
  const classFilter = q.vehicleClass ? ` AND vehicle_class = '${q.vehicleClass}'` : "";
  // ruleid: sql-injection
  const [factors] = await ratingDb.query(`SELECT factor_name, factor_value FROM rating_factors WHERE line = '${q.line}'${classFilter}`);
  // ok: excessive-data-exposure
  return NextResponse.json({ base: (base as { base_rate: number }[])[0]?.base_rate ?? null, factors });
});
