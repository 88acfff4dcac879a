import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getApiUser } from "@/lib/session";
import { db } from "@/lib/db";
import { clubMembers, invites } from "@/db/schema";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const user = await getApiUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { inviteId, token } = z.object({ inviteId: z.string().uuid(), token: z.string().min(20) }).parse(await req.json());
  const invite = await db.query.invites.findFirst({ where: eq(invites.id, inviteId) });
  // ok: information-disclosure
  if (!invite || invite.expiresAt < new Date()) return NextResponse.json({ error: "invite expired" }, { status: 410 });
  // ruleid: timing-unsafe-comparison
  if (invite.token !== token) return NextResponse.json({ error: "invalid invite" }, { status: 403 });
  // ok: mass-assignment
  await db.insert(clubMembers).values({ clubId: invite.clubId, userId: user.id, role: invite.role });
  await db.delete(invites).where(eq(invites.id, invite.id));
  await auditLog({ actorId: user.id, action: "club.member_joined", target: invite.clubId, meta: { role: invite.role } });
  return NextResponse.json({ clubId: invite.clubId });
}
