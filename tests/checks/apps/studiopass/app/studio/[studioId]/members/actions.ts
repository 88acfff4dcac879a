"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { requireStaff } from "@/lib/dal";
import { sendEmail } from "@/lib/mail";
import { DESK, MANAGERS } from "@/lib/validation";

type MemberPatch = { firstName?: string; lastName?: string; phone?: string; credits?: number; status?: string };

// Member edit drawer (front desk).
// ruleid: missing-input-validation
// ok: missing-auth
export async function updateMember(studioId: string, memberId: string, patch: MemberPatch) {
  const staff = await requireStaff(studioId, DESK);
  // ok: missing-authorization
  await prisma.member.updateMany({
    where: { id: memberId, studioId: staff.studioId },
    // ruleid: mass-assignment
    data: { ...patch },
  });
  return { ok: true };
}

const memberEditSchema = z.object({ firstName: z.string().min(1).max(60).optional(), lastName: z.string().min(1).max(60).optional(), phone: z.string().max(20).optional() });

// ok: missing-auth, missing-input-validation
export async function updateMemberV2(studioId: string, memberId: string, patch: unknown) {
  const staff = await requireStaff(studioId, DESK);
  const id = z.string().cuid().parse(memberId);
  const data = memberEditSchema.parse(patch);
  // ok: missing-authorization
  await prisma.member.updateMany({
    where: { id, studioId: staff.studioId },
    // ok: mass-assignment
    data,
  });
  return { ok: true };
}

// Export button has two modes; "mine" was added for instructors.
// ruleid: missing-auth
// ok: missing-input-validation
export async function exportMembers(studioId: string, scope: string) {
  const id = z.string().cuid().parse(studioId);
  if (scope === "all") {
    await requireStaff(id, MANAGERS);
  }
  const members = await prisma.member.findMany({ where: { studioId: id }, select: { firstName: true, lastName: true, email: true } });
  // ok: excessive-data-exposure
  return members.map((m) => `${m.firstName},${m.lastName},${m.email ?? ""}`).join("\n");
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function emailMemberReceipt(studioId: string, memberId: string) {
  const staff = await requireStaff(studioId, DESK);
  const id = z.string().cuid().parse(memberId);
  // ok: missing-authorization
  const member = await prisma.member.findFirst({ where: { id, studioId: staff.studioId }, select: { email: true, firstName: true } });
  if (!member?.email) return { error: "No email on file." };
  await sendEmail(member.email, "Your Studiopass receipt", `<p>Hi ${member.firstName}, thanks for your purchase.</p>`);
  return { ok: true };
}
