"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { auth } from "@/lib/auth/server";
import { centreAction } from "@/lib/safe-action";
import { requireCentreStaff, getStaffContext } from "@/lib/dal";
import { isCentreManager } from "@/lib/guards";
import { withAuditedCentre, withCentre, withTracing } from "@/lib/wrappers";
import { audit } from "@/lib/audit";
import { ratelimit } from "@/lib/ratelimit";
import { db } from "@/lib/db/kysely";

const roleEnum = z.enum(["manager", "nurse", "phlebotomist", "receptionist"]);

// ok: missing-auth, missing-input-validation, missing-audit-log, missing-rate-limit
export const inviteStaff = centreAction
  .metadata({ actionName: "inviteStaff", roles: ["manager"], audit: true })
  .inputSchema(z.object({ email: z.string().email(), role: roleEnum }))
  .action(async ({ parsedInput, ctx }) => {
    const { success } = await ratelimit.limit(`invite:${ctx.centreId}`);
    if (!success) return { error: "Invite limit reached" };
    await auth.api.createInvitation({
      body: { email: parsedInput.email, role: parsedInput.role, organizationId: ctx.centreId },
      headers: await headers(),
    });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeStaffRole = centreAction
  .metadata({ actionName: "changeStaffRole", roles: ["manager"], audit: true })
  .inputSchema(z.object({ memberId: z.string(), role: roleEnum }))
  .action(async ({ parsedInput, ctx }) => {
    await auth.api.updateMemberRole({
      body: { memberId: parsedInput.memberId, role: parsedInput.role, organizationId: ctx.centreId },
      headers: await headers(),
    });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const removeStaff = centreAction
  .metadata({ actionName: "removeStaff", roles: ["manager"] })
  .inputSchema(z.object({ memberIdOrEmail: z.string().min(1) }))
  .action(async ({ parsedInput, ctx }) => {
    await auth.api.removeMember({
      body: { memberIdOrEmail: parsedInput.memberIdOrEmail, organizationId: ctx.centreId },
      headers: await headers(),
    });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const promoteToManager = withAuditedCentre("staff.promote", async (staff, memberId: string) => {
  const id = z.string().min(1).parse(memberId);
  await auth.api.updateMemberRole({ body: { memberId: id, role: "manager", organizationId: staff.centreId }, headers: await headers() });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const demoteStaff = withCentre(async (staff, memberId: string) => {
  const id = z.string().min(1).parse(memberId);
  await auth.api.updateMemberRole({ body: { memberId: id, role: "receptionist", organizationId: staff.centreId }, headers: await headers() });
  return { ok: true };
}, ["manager"]);

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function setStaffRole(memberId: string, role: string) {
  const staff = await requireCentreStaff();
  const parsed = z.object({ memberId: z.string(), role: roleEnum }).parse({ memberId, role });
  // ruleid: floating-auth-check
  if (!isCentreManager(staff.user.id, staff.centreId)) throw new Error("Managers only");
  await auth.api.updateMemberRole({ body: { ...parsed, organizationId: staff.centreId }, headers: await headers() });
  await audit.record({ actorId: staff.user.id, action: "staff.role", target: parsed.memberId, meta: { role: parsed.role } });
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export const listStaff = withTracing("listStaff", async () => {
  // ruleid: excessive-data-exposure
  return db.selectFrom("donors").selectAll().orderBy("createdAt", "desc").limit(500).execute();
});

// ok: missing-auth, missing-input-validation
export async function staffDirectory() {
  const ctx = await getStaffContext();
  if (!ctx) return { staff: [] };
  const res = await auth.api.listMembers({ query: { organizationId: ctx.centreId }, headers: await headers() });
  // ok: excessive-data-exposure
  return { staff: res.members.map((m) => ({ id: m.id, name: m.user.name, role: m.role })) };
}

// ok: missing-input-validation
// missing-auth unlabelled (gap judge, ambiguous): the unchecked context only feeds better-auth listMembers, which refuses a request with no session
export async function staffRoster() {
  const ctx = await getStaffContext();
  const res = await auth.api.listMembers({ query: { organizationId: ctx?.centreId }, headers: await headers() });
  return res.members.map((m) => ({ id: m.id, name: m.user.name, role: m.role }));
}
