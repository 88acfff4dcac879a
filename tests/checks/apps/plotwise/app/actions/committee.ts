"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { withCommitteeRole, withCommitteeAudit } from "@/lib/action-wrappers";
import { requireCommitteeRole, hasCommitteeRole } from "@/lib/auth/roles";
import { getCurrentSession } from "@/lib/auth/current";
import { invalidateAllSessions } from "@/lib/auth/session";
import { roleSchema } from "@/lib/validation/committee";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const assignCommitteeRole = withCommitteeAudit("COMMITTEE_ADMIN", "member.role_change", async (user, formData: FormData) => {
  const { memberId, role } = roleSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await prisma.user.update({ where: { id: memberId }, data: { role } });
  revalidatePath("/committee/members");
});

// ruleid: missing-audit-log
export const appointSteward = withCommitteeRole("COMMITTEE_ADMIN", async (user, memberId: string, siteId: string) => {
  const ids = z.object({ memberId: z.string().cuid(), siteId: z.string().cuid() }).parse({ memberId, siteId });
  await prisma.$transaction([
    // ok: missing-authorization
    prisma.user.update({ where: { id: ids.memberId }, data: { role: "PLOT_STEWARD" } }),
    prisma.site.update({ where: { id: ids.siteId }, data: { stewardId: ids.memberId } }),
  ]);
});

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function promoteMember(formData: FormData) {
  const { session } = await getCurrentSession();
  if (!session) throw new Error("Sign in");
  const { memberId, role } = roleSchema.parse(Object.fromEntries(formData));
  // ruleid: missing-authorization, mass-assignment
  await prisma.user.update({ where: { id: memberId }, data: { role } });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function suspendMember(memberId: string) {
  // ok: floating-auth-check
  const admin = await requireCommitteeRole("COMMITTEE_ADMIN");
  const id = z.string().cuid().parse(memberId);
  // ok: missing-authorization
  await prisma.user.update({ where: { id }, data: { suspended: true } });
  await invalidateAllSessions(id);
  await auditLog({ actorId: admin.id, action: "member.suspend", target: id });
}

// ruleid: missing-auth
// ok: missing-input-validation, missing-audit-log
export async function deleteMember(memberId: string) {
  const { user } = await getCurrentSession();
  const id = z.string().cuid().parse(memberId);
  // ruleid: floating-auth-check
  requireCommitteeRole("COMMITTEE_ADMIN");
  await prisma.user.delete({ where: { id } });
  await auditLog({ actorId: user?.id, action: "member.delete", target: id });
}

// ok: missing-auth, missing-input-validation
export async function listMembers(query: string) {
  // ok: floating-auth-check
  if (!(await hasCommitteeRole("PLOT_STEWARD"))) throw new Error("Forbidden");
  const q = z.string().max(80).parse(query);
  const members = await prisma.user.findMany({ // ok: missing-authorization -- awaited hasCommitteeRole() in if (!(await ...)) is a role check (fixed pass 42, B)
    where: { name: { contains: q, mode: "insensitive" } },
    take: 50,
  });
  // ruleid: excessive-data-exposure
  return members;
}

// ok: missing-auth, missing-input-validation
export async function memberDirectory() {
  // ok: floating-auth-check
  if (!(await hasCommitteeRole("PLOT_STEWARD"))) throw new Error("Forbidden");
  const members = await prisma.user.findMany({ select: { id: true, name: true, email: true, role: true } });
  // ok: excessive-data-exposure
  return members;
}

// ruleid: missing-input-validation
// ok: missing-auth, missing-audit-log
export const editMember = withCommitteeRole("COMMITTEE_ADMIN", async (user, memberId: string, patch: Record<string, unknown>) => {
  const id = z.string().cuid().parse(memberId);
  // ruleid: mass-assignment
  await prisma.user.update({ where: { id }, data: patch });
  await auditLog({ actorId: user.id, action: "member.edit", target: id });
});
