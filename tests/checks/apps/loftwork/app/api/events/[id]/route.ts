import { NextResponse, type NextRequest } from "next/server";
import { headers } from "next/headers";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { isEventOrganizer } from "@/lib/permissions";

// ok: missing-auth
export async function GET(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const event = await db
    .selectFrom("events")
    .select(["id", "title", "blurb", "starts_at", "capacity", "location_id"])
    .where("id", "=", id)
    .where("published", "=", 1)
    .executeTakeFirst();
  if (!event) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(event);
}

// ok: missing-auth
export async function DELETE(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  // ruleid: floating-auth-check
  if (!isEventOrganizer(session.user.id, id)) {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  // ruleid: missing-authorization
  await db.deleteFrom("events").where("id", "=", id).execute();
  return new NextResponse(null, { status: 204 });
}
