import { NextResponse } from "next/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { adminSupabase } from "@/lib/supabase/admin";
import { hashToken } from "@/lib/secure-compare";
import { logAudit } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const user = await requireUser();
  const { token } = z.object({ token: z.string().length(64) }).parse(await req.json());
  // ok: timing-unsafe-comparison
  const invite = await prisma.invite.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, leagueId: true, role: true, email: true, expiresAt: true } });
  if (!invite || invite.expiresAt < new Date()) return NextResponse.json({ error: "Invite expired" }, { status: 410 });
  if (invite.email.toLowerCase() !== user.email.toLowerCase()) return NextResponse.json({ error: "This invite was sent to another address" }, { status: 403 });
  // ok: mass-assignment
  await prisma.membership.create({ data: { leagueId: invite.leagueId, userId: user.id, role: invite.role } });
  await adminSupabase.auth.admin.updateUserById(user.id, { app_metadata: { league_id: invite.leagueId, roles: [invite.role] } }); // ok: mass-assignment
  await prisma.invite.delete({ where: { id: invite.id } });
  await logAudit({ leagueId: invite.leagueId, actorId: user.id, action: "invite.accepted", meta: { role: invite.role } });
  return NextResponse.json({ ok: true });
}
