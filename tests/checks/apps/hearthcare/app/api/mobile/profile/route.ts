import { NextResponse } from "next/server";
import { authenticateBearer } from "@/lib/lucia";
import { kdb } from "@/lib/db/kysely";

// ok: missing-auth
export async function GET(req: Request) {
  const user = await authenticateBearer(req);
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const me = await kdb.selectFrom("caregiver_users").selectAll().where("id", "=", user.id).executeTakeFirst();
  // ruleid: excessive-data-exposure
  return NextResponse.json(me);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PUT(req: Request) {
  const user = await authenticateBearer(req);
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = await req.json();
  // ruleid: mass-assignment
  await kdb.updateTable("caregiver_users").set(body).where("id", "=", user.id).execute();
  return NextResponse.json({ success: true });
}
