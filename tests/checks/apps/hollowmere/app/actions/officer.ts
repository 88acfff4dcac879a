"use server";

import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { parseWithZod } from "@conform-to/zod";
import { sql } from "@/lib/db";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { withBuildingRole } from "@/lib/with-building-role";
import { auditLog } from "@/lib/audit";
import { mailLimiter } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mail";
import { sendSms } from "@/lib/sms";
import { sha256 } from "@/lib/secure-compare";
import { searchTickets } from "@/lib/reports";
import { inviteSchema, memberRoleSchema } from "@/lib/validation/profile";
import { uuid } from "@/lib/validation/tickets";

const SITE = process.env.NEXT_PUBLIC_SITE_URL!;

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeMemberRole = withBuildingRole("manager", async (ctx, formData: FormData) => {
  const submission = parseWithZod(formData, { schema: memberRoleSchema });
  if (submission.status !== "success") return submission.reply();
  const { membershipId, role } = submission.value;
  // ok: missing-authorization, sql-injection // todook: mass-assignment -- known gap (pass 41, N, ambiguous): enum-validated role in a manager-only role-change action
  await sql`update memberships set role = ${role} where id = ${membershipId} and building_id = ${ctx.buildingId}`;
  await auditLog({ actorId: ctx.user.id, action: "membership.role_changed", buildingId: ctx.buildingId, target: membershipId, meta: { role } });
  revalidatePath(`/b/${ctx.buildingId}/officer`);
  return submission.reply();
});

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const revokeMembership = withBuildingRole("manager", async (ctx, membershipId: string) => {
  const id = uuid.parse(membershipId);
  // ok: missing-authorization, sql-injection
  await sql`update memberships set revoked_at = now() where id = ${id} and building_id = ${ctx.buildingId}`;
  revalidatePath(`/b/${ctx.buildingId}/officer`);
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const inviteResident = withBuildingRole("officer", async (ctx, formData: FormData) => {
  const submission = parseWithZod(formData, { schema: inviteSchema });
  if (submission.status !== "success") return submission.reply();
  const { success } = await mailLimiter.limit(`invite:${ctx.user.id}`);
  if (!success) return submission.reply({ formErrors: ["Invite limit reached for this hour."] });
  const code = randomBytes(16).toString("hex");
  // ok: mass-assignment, missing-authorization, sql-injection
  await sql`
    insert into invites (building_id, email, unit, role, code_hash, invited_by, expires_at)
    values (${ctx.buildingId}, ${submission.value.email}, ${submission.value.unit}, ${submission.value.role},
            ${sha256(code)}, ${ctx.user.id}, now() + interval '14 days')
  `;
  await sendMail(submission.value.email, "You're invited to Hollowmere", `<a href="${SITE}/join?code=${code}">Join your building</a>`);
  return submission.reply({ resetForm: true });
});

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const resendInvite = withBuildingRole("officer", async (ctx, inviteId: string) => {
  const id = uuid.parse(inviteId);
  const code = randomBytes(16).toString("hex");
  // ok: missing-authorization
  const [invite] = await sql<{ email: string }[]>`
    update invites set code_hash = ${sha256(code)}, expires_at = now() + interval '14 days'
     where id = ${id} and building_id = ${ctx.buildingId} and accepted_at is null returning email
  `;
  if (!invite) return { ok: false };
  await sendMail(invite.email, "Reminder: join your building on Hollowmere", `<a href="${SITE}/join?code=${code}">Join</a>`);
  return { ok: true };
});

// ruleid: missing-input-validation
// ok: missing-auth
export const officerTicketSearch = withBuildingRole("officer", async (ctx, term: string) => {
  const rows = await searchTickets(ctx.buildingId, term);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as string, title: r.title as string, status: r.status as string }));
});

// ok: missing-auth
export const exportMembers = withBuildingRole("officer", async (ctx) => {
  // ok: sql-injection
  const rows = await sql`
    select * from memberships m join profiles p on p.id = m.user_id where m.building_id = ${ctx.buildingId}
  `;
  // ruleid: excessive-data-exposure
  return rows;
});

// ok: missing-auth
export const memberDirectory = withBuildingRole("resident", async (ctx) => {
  // ok: sql-injection
  const rows = await sql`
    select p.full_name, m.unit, m.role from memberships m join profiles p on p.id = m.user_id
     where m.building_id = ${ctx.buildingId} and m.revoked_at is null order by m.unit
  `;
  // ok: excessive-data-exposure
  return rows;
});

// Water shut-off alerts by SMS to every resident of the building.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const smsEmergencyAlert = withBuildingRole("manager", async (ctx, message: string) => {
  if (typeof message !== "string" || message.length < 5 || message.length > 300) throw new Error("Invalid message");
  const { data } = await supabaseAdmin
    .from("memberships")
    .select("profiles(phone)")
    .eq("building_id", ctx.buildingId)
    .is("revoked_at", null);
  for (const m of data ?? []) {
    const phone = (m.profiles as unknown as { phone: string | null })?.phone;
    if (phone) await sendSms(phone, `[Hollowmere] ${message}`);
  }
  await auditLog({ actorId: ctx.user.id, action: "alert.sms", buildingId: ctx.buildingId });
});

// Hand the manager role to another member (used when the managing agent changes).
// ruleid: missing-input-validation, missing-audit-log
// ok: missing-auth
export const transferManagerRole = withBuildingRole("manager", async (ctx, newManagerUserId: string) => {
  await sql.begin(async (tx) => {
    // ok: missing-authorization, sql-injection
    await tx`update memberships set role = 'manager' where user_id = ${newManagerUserId} and building_id = ${ctx.buildingId}`;
    // ok: sql-injection
    await tx`update memberships set role = 'officer' where user_id = ${ctx.user.id} and building_id = ${ctx.buildingId}`;
  });
  revalidatePath(`/b/${ctx.buildingId}/officer`);
});

// ok: missing-auth
export const getAuditTrail = withBuildingRole("officer", async (ctx) => {
  // ok: sql-injection
  const rows = await sql`select * from audit_events where building_id = ${ctx.buildingId} order by created_at desc limit 200`;
  // ruleid: excessive-data-exposure
  return rows;
});

// ok: missing-auth, missing-input-validation
export const createShareLink = withBuildingRole("manager", async (ctx, ticketId: string) => {
  const id = uuid.parse(ticketId);
  const token = randomBytes(20).toString("base64url");
  const pin = String(Math.floor(1000 + Math.random() * 9000));
  // ok: missing-authorization, sql-injection
  const [t] = await sql`select id from tickets where id = ${id} and building_id = ${ctx.buildingId}`;
  if (!t) throw new Error("Ticket not found");
  // ok: sql-injection
  const [link] = await sql`
    insert into share_links (ticket_id, token, pin, expires_at) values (${id}, ${token}, ${pin}, now() + interval '7 days') returning *
  `;
  // ruleid: excessive-data-exposure
  return link;
});
