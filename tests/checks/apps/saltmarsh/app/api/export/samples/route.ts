import { NextResponse, type NextRequest } from "next/server";
import { validateRequest } from "@/lib/auth/lucia";
import { kdb } from "@/lib/db/kysely";
import { sql } from "@/lib/db/sql";
import { searchSamples } from "@/lib/dal/samples";

// CSV export of a tenant's samples.
// ruleid: missing-input-validation
// ok: missing-auth
export async function GET(req: NextRequest) {
  const { user } = await validateRequest();
  if (!user) return new NextResponse("Unauthorized", { status: 401 });
  const m = await kdb.selectFrom("memberships").select(["tenant_id"]).where("user_id", "=", user.id).executeTakeFirst();
  if (!m) return new NextResponse("Forbidden", { status: 403 });
  const site = req.nextUrl.searchParams.get("site");
  const q = req.nextUrl.searchParams.get("q");
  if (q) {
    const rows = await searchSamples(m.tenant_id, q);
    return new NextResponse(rows.map((r) => `${r.id},${r.label},${r.site}`).join("\n"));
  }
  // ruleid: sql-injection
  const rows = await sql.unsafe(`select id, label, site from samples where tenant_id = '${m.tenant_id}' and site = '${site}'`);
  return new NextResponse(rows.map((r) => `${r.id},${r.label},${r.site}`).join("\n"), { headers: { "content-type": "text/csv" } });
}
