"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { consoleAction, adminAction, auditedAdminAction, ActionError } from "@/lib/actions/safe-action";
import { getEm, Member, AuditEvent } from "@/lib/db/orm";
import { requireStaff, requireRole, isOrgAdmin } from "@/lib/auth";
import { MemberProfileSchema, Id } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeMemberRole = auditedAdminAction
  .metadata({ actionName: "member.role_changed" })
  .inputSchema(z.object({ memberId: Id, role: z.enum(["admin", "harbourmaster", "staff"]) }))
  .action(async ({ parsedInput, ctx }) => {
    if (parsedInput.memberId === ctx.session.memberId) throw new ActionError("You cannot change your own role.");
    const em = await getEm();
    // ok: missing-authorization
    const n = await em.nativeUpdate(Member, { id: parsedInput.memberId, org: ctx.session.orgId, role: { $ne: "owner" } }, { role: parsedInput.role });
    if (!n) throw new ActionError("Member not found.");
    revalidatePath("/settings/team");
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const removeMember = adminAction
  .metadata({ actionName: "member.removed" })
  .inputSchema(z.object({ memberId: Id }))
  .action(async ({ parsedInput, ctx }) => {
    const em = await getEm();
    // ok: missing-authorization
    await em.nativeUpdate(Member, { id: parsedInput.memberId, org: ctx.session.orgId, role: { $ne: "owner" } }, { disabledAt: new Date() });
    revalidatePath("/settings/team");
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const updateMyProfile = consoleAction
  .metadata({ actionName: "updateMyProfile" })
  .inputSchema(MemberProfileSchema)
  .action(async ({ parsedInput, ctx }) => {
    const em = await getEm();
    // ok: missing-authorization
    await em.nativeUpdate(Member, { id: ctx.session.memberId },
      // ruleid: mass-assignment
      parsedInput,
    );
    revalidatePath("/settings/profile");
  });

// ruleid: missing-audit-log, missing-input-validation
// ok: missing-auth
export async function setMemberPermissions(memberId: string, permissions: string[]) {
  const session = await requireStaff();
  // ruleid: floating-auth-check
  if (!isOrgAdmin(session.memberId, session.orgId)) {
    throw new Error("Only admins can change permissions.");
  }
  const em = await getEm();
  // ok: missing-authorization
  // ruleid: mass-assignment
  await em.nativeUpdate(Member, { id: memberId, org: session.orgId }, { permissions });
  revalidatePath("/settings/team");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function transferOwnership(formData: FormData) {
  // ok: floating-auth-check
  const session = await requireRole(["owner"]);
  const targetId = Id.parse(formData.get("memberId"));
  // ok: floating-auth-check
  if (!(await isOrgAdmin(targetId, session.orgId))) {
    // ok: information-disclosure
    return { error: "Ownership can only be transferred to an admin." };
  }
  const em = await getEm();
  await em.transactional(async (tx) => {
    // ok: missing-authorization
    await tx.nativeUpdate(Member, { id: targetId, org: session.orgId }, { role: "owner" });
    await tx.nativeUpdate(Member, { id: session.memberId }, { role: "admin" });
    tx.create(AuditEvent, {
      orgId: session.orgId,
      actorId: session.memberId,
      action: "org.ownership_transferred",
      target: targetId,
    });
  });
  revalidatePath("/settings/team");
  return { ok: true };
}
