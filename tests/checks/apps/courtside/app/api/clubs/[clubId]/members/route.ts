import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { checkClubAccess } from "@/lib/guards";
import { db } from "@/lib/db";
import { pool } from "@/lib/pg";
import { clubMembers } from "@/db/schema";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ clubId: string }> };

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: Request, { params }: Ctx) {
  const clubId = z.string().uuid().parse((await params).clubId);
  const access = await checkClubAccess(clubId, ["owner", "admin", "coach"]);
  if ("error" in access) return NextResponse.json({ error: access.error }, { status: 403 });
  const sort = new URL(req.url).searchParams.get("sort") ?? "name";
  // ruleid: sql-injection // ok: missing-authorization -- gap judge pass 27, W-H, fixed in pass 27
  const { rows } = await pool.query(`SELECT m.user_id, u.name, m.role FROM club_members m JOIN "user" u ON u.id = m.user_id WHERE m.club_id = $1 ORDER BY ${sort}`, [clubId]);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function PATCH(req: Request, { params }: Ctx) {
  const clubId = z.string().uuid().parse((await params).clubId);
  const { error } = await checkClubAccess(clubId, ["owner"]);
  if (error) return NextResponse.json({ error }, { status: 403 });
  const { userId, role } = z.object({ userId: z.string().min(1), role: z.enum(["coach", "admin"]) }).parse(await req.json());
  // ok: missing-authorization // todook: mass-assignment -- gap judge pass 27, W-H fixed in pass 27; mass-assignment A-H (ambiguous)
  await db.update(clubMembers).set({ role }).where(and(eq(clubMembers.clubId, clubId), eq(clubMembers.userId, userId)));
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function DELETE(req: Request, { params }: Ctx) {
  const clubId = z.string().uuid().parse((await params).clubId);
  const access = await checkClubAccess(clubId, ["owner", "admin"]);
  if ("error" in access) return NextResponse.json({ error: access.error }, { status: 403 });
  const userId = z.string().min(1).parse(new URL(req.url).searchParams.get("userId"));
  // ok: missing-authorization -- gap judge pass 27, W-H, fixed in pass 27
  await db.delete(clubMembers).where(and(eq(clubMembers.clubId, clubId), eq(clubMembers.userId, userId)));
  await auditLog({ actorId: access.user.id, action: "club.member_removed", target: userId, meta: { clubId } });
  return new NextResponse(null, { status: 204 });
}
