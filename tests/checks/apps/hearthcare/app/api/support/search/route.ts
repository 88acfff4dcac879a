import { NextResponse } from "next/server";
import type { RowDataPacket } from "mysql2";
import { requireSupportAgent } from "@/lib/iron";
import { mysqlPool } from "@/lib/db/mysql";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  try {
    await requireSupportAgent();
  } catch {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const email = new URL(req.url).searchParams.get("email");
  if (typeof email !== "string" || email.length > 200) return NextResponse.json({ error: "bad email" }, { status: 400 });
  try {
    // ok: sql-injection
    const [rows] = await mysqlPool.execute<RowDataPacket[]>("SELECT id, name, email, agency_id FROM users WHERE email = ?", [email]);
    // ok: excessive-data-exposure
    return NextResponse.json(rows.map((r) => ({ id: r.id, name: r.name, email: r.email, agencyId: r.agency_id })));
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: err }, { status: 500 });
  }
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  await requireSupportAgent("l2");
  const { phone } = await req.json();
  if (typeof phone !== "string") return NextResponse.json({ error: "bad phone" }, { status: 400 });
  // ruleid: sql-injection
  const [rows] = await mysqlPool.query<RowDataPacket[]>("SELECT id, name FROM users WHERE phone LIKE '%" + phone + "%'");
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((r) => ({ id: r.id, name: r.name })));
}
