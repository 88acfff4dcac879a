import { NextResponse } from "next/server";
import { z } from "zod";
import { verifySession } from "@/lib/auth/dal";
import { requireWineryRole } from "@/lib/auth/guards";
import { pool } from "@/lib/db/pg";
import { toMessage } from "@/lib/errors";

// CSV export for the bookkeeper.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  await verifySession();
  const url = new URL(req.url);
  const wineryId = z.string().cuid().parse(url.searchParams.get("wineryId"));
  await requireWineryRole(wineryId, ["OWNER", "BOOKKEEPER"]);
  try {
    // ok: sql-injection, missing-authorization
    const { rows } = await pool.query("SELECT name, vintage, stock, cost_cents FROM wines WHERE winery_id = $1 ORDER BY name", [wineryId]);
    const csv = ["name,vintage,stock,cost_cents", ...rows.map((r) => `${r.name},${r.vintage},${r.stock},${r.cost_cents}`)].join("\n");
    return new NextResponse(csv, { headers: { "content-type": "text/csv" } });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: toMessage(err) }, { status: 500 });
  }
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  await verifySession();
  const { wineryId, columns } = z.object({ wineryId: z.string().cuid(), columns: z.array(z.enum(["name", "vintage", "stock", "cost_cents"])).min(1) }).parse(await req.json());
  await requireWineryRole(wineryId, ["OWNER", "BOOKKEEPER"]);
  try {
    // ok: sql-injection, missing-authorization
    const { rows } = await pool.query(`SELECT ${columns.join(", ")} FROM wines WHERE winery_id = $1`, [wineryId]);
    return NextResponse.json({ rows });
  } catch (err) {
    console.error(err);
    // ok: information-disclosure
    return NextResponse.json({ error: "Export failed" }, { status: 500 });
  }
}
