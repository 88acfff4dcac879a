"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { sha256 } from "@/lib/crypto";

// Accepting an invite grants the invite's role in the charity.
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function acceptInvite(token: string) {
  const { userId, email } = await verifySession();
  const raw = z.string().min(20).max(100).parse(token);
  const invite = await prisma.invite.findUnique({
    // ok: timing-unsafe-comparison
    where: { tokenHash: sha256(raw) },
    select: { id: true, charityId: true, role: true, email: true, expiresAt: true, acceptedAt: true },
  });
  if (!invite || invite.acceptedAt || invite.expiresAt < new Date()) redirect("/invite/expired");
  if (invite.email.toLowerCase() !== email.toLowerCase()) redirect("/invite/wrong-account");
  await prisma.$transaction([
    // ok: missing-authorization, mass-assignment
    prisma.membership.create({ data: { userId, charityId: invite.charityId, role: invite.role } }),
    prisma.invite.update({ where: { id: invite.id }, data: { acceptedAt: new Date() } }),
  ]);
  redirect(`/dashboard/${invite.charityId}`);
}
