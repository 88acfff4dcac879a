import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { z } from "zod";
import { pg } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export async function POST(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  const eventId = z.string().uuid().parse(id);
  // ok: sql-injection
  await pg`INSERT INTO event_rsvps (event_id, member_id) SELECT ${eventId}, id FROM members WHERE clerk_user_id = ${userId} ON CONFLICT DO NOTHING`;
  return NextResponse.json({ ok: true });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function DELETE(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId } = await auth();
  const { id } = await params;
  const eventId = z.string().uuid().parse(id);
  // ok: sql-injection
  await pg`DELETE FROM event_rsvps WHERE event_id = ${eventId} AND member_id IN (SELECT id FROM members WHERE clerk_user_id = ${userId ?? null})`;
  return NextResponse.json({ ok: true, url: req.url });
}
