import { NextResponse, type NextRequest } from "next/server";
import { withSession, memberOrNull } from "@/lib/api/route-guard";
import { contractsGroupedBy, archiveStaleDrafts, renewalsWithin } from "@/lib/reports/sql";

// why: the group-by column (search param) reaches sql.raw without a whitelist or schema
// ruleid: missing-input-validation
// ok: missing-auth
export const GET = withSession(async (req: Request, { user }) => {
  const url = new URL(req.url);
  const m = await memberOrNull(url.searchParams.get("workspace") ?? "", user.id);
  if (!m) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const rows = await contractsGroupedBy(m.workspace.id, url.searchParams.get("by") ?? "status");
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
});

// why: days/olderThan search params go straight into the raw-SQL helpers; archiving is not role-checked beyond membership
// ruleid: missing-input-validation
// ok: missing-auth
export const POST = withSession(async (req: NextRequest, { user }) => {
  const params = req.nextUrl.searchParams;
  const m = await memberOrNull(params.get("workspace") ?? "", user.id);
  if (!m || m.role === "viewer") return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const archived = await archiveStaleDrafts(m.workspace.id, params.get("olderThan") ?? "180");
  const upcoming = await renewalsWithin(m.workspace.id, params.get("days") ?? "30");
  // ok: excessive-data-exposure
  return NextResponse.json({ archived, upcoming: upcoming.length });
});
