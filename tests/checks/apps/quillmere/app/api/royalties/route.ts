import { NextResponse } from "next/server";
import type { RowDataPacket } from "mysql2";
import { royaltiesDb } from "@/lib/db/mysql";
import { requireOrg } from "@/lib/auth/clerk";
import { statementsForPeriod } from "@/lib/royalties";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const { agencyId } = await requireOrg();
  const q = new URL(req.url).searchParams.get("quarter");
  if (q !== "q1" && q !== "q2" && q !== "q3" && q !== "q4") return NextResponse.json({ error: "bad quarter" }, { status: 400 });
  const rows = await statementsForPeriod(agencyId, q);
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((r) => ({ id: r.id, authorId: r.author_id, net: r.net_cents })));
}

// ok: missing-auth
export async function POST(req: Request) {
  const { agencyId } = await requireOrg();
  const body = await req.json();
  if (typeof body.authorId !== "string") return NextResponse.json({ error: "authorId required" }, { status: 400 });
  try {
    // ok: sql-injection
    const [rows] = await royaltiesDb.query<RowDataPacket[]>("SELECT * FROM statements WHERE agency_id = ? AND author_id = ?", [agencyId, body.authorId]);
    // ruleid: excessive-data-exposure
    return NextResponse.json(rows);
  } catch (error) {
    // ruleid: information-disclosure
    return NextResponse.json({ error }, { status: 500 });
  }
}
