import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";

// ok: missing-auth
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  // ruleid: missing-authorization -- (pass 40 gap F, fixed in pass 41) visitor read by route id without owner filter
  const visitor = await db
    .selectFrom("visitors")
    .select(["id", "full_name", "email", "phone", "checked_in_at", "checked_out_at"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!visitor) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return NextResponse.json(visitor);
}

// ok: missing-auth
export async function DELETE(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  // ok: missing-authorization
  const res = await db
    .deleteFrom("visitors")
    .where("id", "=", id)
    .where("host_user_id", "=", session.user.id)
    .where("checked_in_at", "is", null)
    .executeTakeFirst();
  return NextResponse.json({ deleted: Number(res.numDeletedRows) });
}
