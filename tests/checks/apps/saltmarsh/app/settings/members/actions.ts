"use server";

import { z } from "zod";
import { tenantClient, limitedTenantClient } from "@/lib/safe/action-client";
import { supabaseAdmin } from "@/lib/db/supabase-admin";
import { sendMail } from "@/lib/mailer";
import { sendSms } from "@/lib/sms";
import { auditLog } from "@/lib/audit";

const InviteSchema = z.object({ email: z.string().email(), role: z.enum(["member", "admin"]) });

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const inviteMember = tenantClient.schema(InviteSchema).action(async ({ parsedInput, ctx }) => {
  if (ctx.tenantRole !== "owner" && ctx.tenantRole !== "admin") return { error: "Only tenant admins can invite" };
  await ctx.supabase.from("invites").insert({ email: parsedInput.email, role: parsedInput.role, tenant_id: ctx.tenantId }); // ok: mass-assignment -- cause K, fixed in pass 32
  await sendMail(parsedInput.email, "Join your team on Saltmarsh", "You were invited to a partner workspace.");
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const remindMember = limitedTenantClient.schema(z.object({ phone: z.string().regex(/^\+\d{8,15}$/) })).action(async ({ parsedInput }) => {
  await sendSms(parsedInput.phone, "Reminder: your Saltmarsh vessel day is tomorrow.");
  return { ok: true };
});

const MemberRoleSchema = z.object({ membershipId: z.string().uuid(), role: z.enum(["member", "admin", "owner"]) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const changeMemberRole = tenantClient.schema(MemberRoleSchema).action(async ({ parsedInput, ctx }) => {
  if (ctx.tenantRole !== "owner") return { error: "Only the owner can change roles" };
  // ok: missing-authorization, mass-assignment
  await supabaseAdmin.from("memberships").update({ role: parsedInput.role }).eq("id", parsedInput.membershipId).eq("tenant_id", ctx.tenantId);
  await auditLog({ actorId: ctx.user.id, action: "member.role", target: parsedInput.membershipId, meta: { role: parsedInput.role } });
  return { ok: true };
});

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const removeMember = tenantClient.schema(z.object({ membershipId: z.string().uuid() })).action(async ({ parsedInput, ctx }) => {
  if (ctx.tenantRole !== "owner" && ctx.tenantRole !== "admin") return { error: "Forbidden" };
  // ok: missing-authorization
  await supabaseAdmin.from("memberships").delete().eq("id", parsedInput.membershipId).eq("tenant_id", ctx.tenantId);
  return { ok: true };
});

// ok: missing-auth
export const listMembers = tenantClient.action(async ({ ctx }) => {
  const { data } = await ctx.supabase.from("memberships").select("id, user_id, role").eq("tenant_id", ctx.tenantId);
  // ok: excessive-data-exposure
  return data ?? [];
});
