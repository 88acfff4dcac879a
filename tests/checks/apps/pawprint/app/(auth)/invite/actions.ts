"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { rateLimitByIp } from "@/lib/rate-limit";

// /invite/[id]?t=token
// ok: missing-auth, missing-input-validation, missing-audit-log, missing-rate-limit
export async function acceptInvite(inviteId: string, token: string) {
  const session = await verifySession();
  await rateLimitByIp("invite-accept", 10, "10 m");
  const input = z.object({ inviteId: z.string().cuid(), token: z.string().min(20).max(100) }).parse({ inviteId, token });
  const invite = await prisma.invite.findUnique({ where: { id: input.inviteId }, select: { agencyId: true, role: true, token: true, expiresAt: true } });
  // ruleid: timing-unsafe-comparison
  if (!invite || invite.token !== input.token || invite.expiresAt < new Date()) redirect("/invite/expired");
  await prisma.membership.upsert({
    where: { userId_agencyId: { userId: session.userId, agencyId: invite.agencyId } },
    // ok: mass-assignment
    create: { userId: session.userId, agencyId: invite.agencyId, role: invite.role },
    update: { role: invite.role, active: true },
  });
  // todook: missing-authorization -- ambiguous (judge): whether the invite's secret token authorizes the delete
  await prisma.invite.delete({ where: { id: input.inviteId } });
  await auditLog({ actorId: session.userId, agencyId: invite.agencyId, action: "staff.invite.accepted", metadata: { role: invite.role } });
  redirect("/agency");
}
