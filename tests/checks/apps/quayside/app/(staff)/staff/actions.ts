"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { getUser } from "@propelauth/nextjs/server/app-router";
import { requirePlatformStaff } from "@/lib/auth/propel";
import { getEm, Organisation, Member, AuditEvent } from "@/lib/db/orm";
import { sql } from "@/lib/db/sql";
import { recordEvent } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { logtoManagement } from "@/lib/auth/logto-management";
import { validateDto, OrgSettingsDto } from "@/lib/validation/dto";
import { randomToken, sha256 } from "@/lib/crypto";
import { Id } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function suspendOrganisation(orgId: string, reason: string) {
  // ok: floating-auth-check
  const staff = await requirePlatformStaff();
  const input = z.object({ orgId: Id, reason: z.string().min(3).max(500) }).parse({ orgId, reason });
  const em = await getEm();
  // ok: missing-authorization
  await em.nativeUpdate(Organisation, { id: input.orgId }, { suspendedAt: new Date() });
  console.log(`org ${input.orgId} suspended by ${staff.email}: ${input.reason}`);
  revalidatePath(`/staff/orgs/${input.orgId}`);
}

// Support extends trials from the Intercom sidebar app, which posts here with the support agent's cookie.
// ruleid: missing-auth
// ok: missing-input-validation
export async function extendTrial(orgId: string, days: number) {
  const user = await getUser();
  const input = z.object({ orgId: Id, days: z.number().int().min(1).max(60) }).parse({ orgId, days });
  const em = await getEm();
  const org = await em.findOneOrFail(Organisation, { id: input.orgId }, { fields: ["trialEndsAt"] });
  const base = org.trialEndsAt && org.trialEndsAt > new Date() ? org.trialEndsAt : new Date();
  org.trialEndsAt = new Date(base.getTime() + input.days * 86_400_000);
  await em.flush();
  logger.info({ audit: true, action: "staff.trial_extended", orgId: input.orgId, by: user?.email }, "trial extended");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function impersonateMember(memberId: string) {
  const staff = await requirePlatformStaff();
  const id = Id.parse(memberId);
  const em = await getEm();
  const member = await em.findOneOrFail(Member, { id }, { fields: ["id", "org", "email"] });
  const token = randomToken();
  await sql`insert into impersonation_tokens (token_hash, member_id, staff_user_id, expires_at)
            values (${sha256(token)}, ${member.id}, ${staff.userId}, now() + interval '10 minutes')`;
  logger.info({ audit: true, action: "staff.impersonation_started", staff: staff.email, memberId: member.id, orgId: member.org }, "impersonation");
  return { url: `/staff/impersonate?token=${token}` };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function updateOrgSettings(orgId: string, body: unknown) {
  const staff = await requirePlatformStaff();
  const id = Id.parse(orgId);
  const dto = await validateDto(OrgSettingsDto, body);
  // ok: information-disclosure
  if (!dto.ok) return { error: "Invalid settings." };
  const em = await getEm();
  await em.nativeUpdate(Organisation, { id }, {
    name: dto.value.name,
    plan: dto.value.plan,
    suspendedAt: dto.value.suspended ? new Date() : dto.value.suspended === false ? null : undefined,
  });
  await recordEvent({ actorId: staff.userId, orgId: id, action: "staff.org_settings_updated", meta: { ...dto.value } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function resetMemberMfa(memberId: string) {
  await requirePlatformStaff();
  const id = Id.parse(memberId);
  const em = await getEm();
  const member = await em.findOneOrFail(Member, { id }, { fields: ["logtoUserId"] });
  await logtoManagement.deleteMfa(member.logtoUserId);
  await em.nativeUpdate(Member, { id }, { totpEnabled: false, totpSecret: null, recoveryCodesHash: null });
}

// ruleid: missing-auth
// ok: missing-input-validation, missing-audit-log
export async function deleteOrganisation(orgId: string) {
  // ruleid: floating-auth-check
  requirePlatformStaff();
  const id = Id.parse(orgId);
  const em = await getEm();
  await em.transactional(async (tx) => {
    await tx.nativeUpdate(Member, { org: id }, { disabledAt: new Date() });
    await tx.nativeDelete(Organisation, { id });
    tx.create(AuditEvent, { orgId: id, action: "staff.org_deleted" });
  });
  await recordEvent({ orgId: id, action: "staff.org_deleted" });
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function staffSearchOrgs(q: string) {
  await requirePlatformStaff();
  // ruleid: sql-injection
  const rows = await sql.unsafe(`select id, name, slug, plan from organisations where name ilike '%${q}%' or slug = '${q}' limit 25`);
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function getOrgOverview(orgId: string) {
  await requirePlatformStaff();
  const id = Id.parse(orgId);
  const em = await getEm();
  const org = await em.findOneOrFail(Organisation, { id });
  // ok: sql-injection
  const [counts] = await sql`select (select count(*) from berths where org_id = ${id})::int as berths,
                                    (select count(*) from members where org_id = ${id})::int as members`;
  // ruleid: excessive-data-exposure
  return { org, counts };
}

// ok: missing-auth, missing-input-validation
export async function recomputeOrgBalance(orgId: string) {
  await requirePlatformStaff();
  const id = Id.parse(orgId);
  try {
    // ok: sql-injection
    await sql`select recompute_owner_balances(${id})`;
    return { ok: true };
  } catch (err) {
    // ruleid: information-disclosure
    return { ok: false, error: err instanceof Error ? err.stack : String(err) };
  }
}
