import { NextResponse, type NextRequest } from "next/server";
import { withCronSecret } from "@/lib/route-wrappers";
import { sql } from "@/lib/db/sql";

// Weekly. `?days=` lets ops run a one-off catch-up purge with a shorter horizon.
// ruleid: missing-input-validation
// ok: missing-auth
export const GET = withCronSecret(async (req: NextRequest) => {
  const days = req.nextUrl.searchParams.get("days") ?? "730";
  // ruleid: sql-injection
  const purged = await sql.unsafe(`delete from document_versions where created_at < now() - interval '${days} days' returning id`);
  return NextResponse.json({ purged: purged.length });
});
