"use server";

import * as v from "valibot";
import { randomBytes } from "node:crypto";
import { redirect } from "next/navigation";
import { withOffice, withStaff } from "@/lib/with-staff";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { createClient } from "@/lib/supabase/server";
import { sendMail } from "@/lib/mailer";
import { rateLimitByIp, checkRateLimit } from "@/lib/ratelimit";
import { hashToken, secureCompare } from "@/lib/secure-compare";
import { auditLog } from "@/lib/audit";
import { InviteSchema, uuid } from "@/lib/validators";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const inviteGuardian = withOffice(async ({ user }, raw: unknown) => {
  const input = v.parse(InviteSchema, raw);
  if (!(await checkRateLimit(`invite:${user.id}`))) return { error: "Too many invites, try again shortly." };
  const token = randomBytes(32).toString("base64url");
  // ok: mass-assignment, missing-authorization
  const { data: guardian } = await supabaseAdmin
    .from("guardians")
    .insert({ family_id: input.familyId, relationship: input.relationship, invite_token_hash: hashToken(token), invite_expires_at: new Date(Date.now() + 7 * 864e5).toISOString() })
    .select("id")
    .single();
  await supabaseAdmin.from("pupil_guardians").insert({ guardian_id: guardian!.id, pupil_id: input.pupilId });
  await sendMail(input.email, "You're invited to Sparrowpost", `<a href="${process.env.APP_URL}/invite/${token}">Accept</a>`);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const resendInvite = withStaff(async ({ profile }, guardianId: string, email: string) => {
  const input = v.parse(v.object({ guardianId: uuid, email: v.pipe(v.string(), v.email()) }), { guardianId, email });
  if (profile.role === "teacher") throw new Error("Office only");
  const token = randomBytes(32).toString("base64url");
  // ok: missing-authorization
  await supabaseAdmin.from("guardians").update({ invite_token_hash: hashToken(token) }).eq("id", input.guardianId);
  await sendMail(input.email, "Your Sparrowpost invite", `<a href="${process.env.APP_URL}/invite/${token}">Accept</a>`);
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function acceptInvite(_prev: unknown, formData: FormData) {
  await rateLimitByIp("invite-accept");
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/signup");
  const token = v.parse(v.pipe(v.string(), v.minLength(20), v.maxLength(100)), formData.get("token"));
  // ok: timing-unsafe-comparison
  if (token === "" || token.length !== 43) return { error: "This invite link is invalid or has expired." };
  // ok: missing-authorization
  const { data: guardian } = await supabaseAdmin
    .from("guardians")
    .select("id, invite_expires_at")
    .eq("invite_token_hash", hashToken(token))
    .is("user_id", null)
    .maybeSingle();
  if (!guardian || new Date(guardian.invite_expires_at!) < new Date()) return { error: "This invite link is invalid or has expired." };
  // ok: mass-assignment
  await supabaseAdmin.from("guardians").update({ user_id: user.id, invite_token_hash: null }).eq("id", guardian.id);
  redirect("/parent");
}

// ok: missing-auth, missing-input-validation
// ok: missing-rate-limit -- (pass 40) a 32-byte random invite token checked by a signed-in user is not a guessable code (rule 7)
export async function acceptInviteById(guardianId: string, token: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/signup");
  const input = v.parse(v.object({ guardianId: uuid, token: v.pipe(v.string(), v.maxLength(100)) }), { guardianId, token });
  const { data: guardian } = await supabaseAdmin.from("guardians").select("id, invite_token_hash").eq("id", input.guardianId).single();
  // ruleid: timing-unsafe-comparison
  if (!guardian || guardian.invite_token_hash !== hashToken(input.token)) return { error: "Invalid invite" };
  // ok: missing-authorization
  await supabaseAdmin.from("guardians").update({ user_id: user.id, invite_token_hash: null }).eq("id", guardian.id);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function checkInviteCode(guardianId: string, code: string) {
  await rateLimitByIp("invite-code");
  const input = v.parse(v.object({ guardianId: uuid, code: v.pipe(v.string(), v.length(43)) }), { guardianId, code });
  const { data: guardian } = await supabaseAdmin.from("guardians").select("invite_token_hash").eq("id", input.guardianId).single();
  // ok: timing-unsafe-comparison
  const valid = !!guardian?.invite_token_hash && secureCompare(guardian.invite_token_hash, hashToken(input.code));
  // ok: information-disclosure, excessive-data-exposure
  return { valid };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const revokeInvite = withStaff(async ({ profile }, guardianId: string) => {
  const id = v.parse(uuid, guardianId);
  if (profile.role !== "office" && profile.role !== "admin") throw new Error("Office only");
  // ok: missing-authorization
  await supabaseAdmin.from("guardians").delete().eq("id", id).is("user_id", null);
});

// ok: missing-auth, missing-input-validation
export async function revokeInviteAudited(guardianId: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthenticated");
  const id = v.parse(uuid, guardianId);
  const { data: me } = await supabase.from("profiles").select("role").eq("id", user.id).single();
  if (me?.role !== "admin") throw new Error("Admins only");
  // ok: missing-authorization
  await supabaseAdmin.from("guardians").delete().eq("id", id).is("user_id", null);
  await auditLog({ actorId: user.id, action: "invite.revoked", target: id });
}
