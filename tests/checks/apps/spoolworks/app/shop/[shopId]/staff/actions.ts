"use server";

import { z } from "zod";
import { createHash, randomBytes } from "node:crypto";
import { kdb } from "@/lib/db/kysely";
import { withShop, withShopAdmin } from "@/lib/with-shop";
import { sendShopInviteEmail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";

const Invite = z.object({ email: z.string().email(), role: z.enum(["manager", "operator"]) });

// why: invite form sends email to arbitrary addresses with no rate limit
// ruleid: missing-rate-limit
// ok: missing-auth, missing-audit-log, missing-input-validation
export const inviteStaff = withShopAdmin("shop.invite_staff", async (formData, ctx) => {
  const { email, role } = Invite.parse({ email: formData.get("email"), role: formData.get("role") });
  const token = randomBytes(24).toString("base64url");
  // ok: mass-assignment, missing-authorization
  await kdb.insertInto("shop_invites").values({ id: crypto.randomUUID(), shop_id: ctx.shopId, email, role, token_hash: createHash("sha256").update(token).digest("hex"), expires_at: new Date(Date.now() + 7 * 864e5) }).execute();
  await sendShopInviteEmail(email, ctx.shopId, `${process.env.NEXT_PUBLIC_SITE_URL}/invite/${token}`);
  return { ok: true };
});

// ok: missing-auth, missing-audit-log, missing-rate-limit, missing-input-validation
export const resendInvite = withShopAdmin("shop.resend_invite", async (formData, ctx) => {
  await rateLimitByIp(`invite:${ctx.shopId}`);
  const inviteId = z.string().uuid().parse(formData.get("inviteId"));
  // ok: missing-authorization
  const invite = await kdb.selectFrom("shop_invites").select(["id", "email"]).where("id", "=", inviteId).where("shop_id", "=", ctx.shopId).executeTakeFirstOrThrow();
  const token = randomBytes(24).toString("base64url");
  await kdb.updateTable("shop_invites").set({ token_hash: createHash("sha256").update(token).digest("hex") }).where("id", "=", invite.id).execute();
  await sendShopInviteEmail(invite.email, ctx.shopId, `${process.env.NEXT_PUBLIC_SITE_URL}/invite/${token}`);
});

// ok: missing-auth, missing-audit-log, missing-input-validation
export const promoteToManager = withShopAdmin("shop.promote_manager", async (formData, ctx) => {
  const memberId = z.string().uuid().parse(formData.get("memberId"));
  // ok: missing-authorization, mass-assignment
  await kdb.updateTable("shop_members").set({ role: "manager" }).where("id", "=", memberId).where("shop_id", "=", ctx.shopId).execute();
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const demoteToOperator = withShop(async (formData, ctx) => {
  const memberId = z.string().uuid().parse(formData.get("memberId"));
  // why: member id from the form, not constrained to ctx.shopId and no role check: demotes staff of any shop
  // ruleid: missing-authorization
  await kdb.updateTable("shop_members").set({ role: "operator" }).where("id", "=", memberId).where("role", "!=", "owner").execute();
  await auditLog({ actorId: ctx.user.id, action: "shop.demote", target: memberId });
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const removeStaff = withShop(async (formData, ctx) => {
  if (ctx.role !== "owner") throw new Error("Only the owner can remove staff");
  const memberId = z.string().uuid().parse(formData.get("memberId"));
  // ok: missing-authorization
  await kdb.deleteFrom("shop_members").where("id", "=", memberId).where("shop_id", "=", ctx.shopId).where("role", "!=", "owner").execute();
  await auditLog({ actorId: ctx.user.id, action: "shop.remove_staff", target: memberId });
});

// why: transfers shop ownership (role change) without any audit record
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export const transferOwnership = withShop(async (formData, ctx) => {
  if (ctx.role !== "owner") throw new Error("Only the owner can transfer the shop");
  const memberId = z.string().uuid().parse(formData.get("memberId"));
  const target = await kdb.selectFrom("shop_members").select(["user_id"]).where("id", "=", memberId).where("shop_id", "=", ctx.shopId).executeTakeFirstOrThrow();
  // ok: missing-authorization, mass-assignment
  await kdb.updateTable("shops").set({ owner_id: target.user_id }).where("id", "=", ctx.shopId).execute();
  await kdb.updateTable("shop_members").set({ role: "owner" }).where("id", "=", memberId).where("shop_id", "=", ctx.shopId).execute();
  await kdb.updateTable("shop_members").set({ role: "manager" }).where("user_id", "=", ctx.user.id).where("shop_id", "=", ctx.shopId).execute();
});

// ok: missing-auth, missing-input-validation
export const listStaff = withShop(async (_formData, ctx) => {
  const rows = await kdb
    .selectFrom("shop_members")
    .innerJoin("shop_users", "shop_users.id", "shop_members.user_id")
    .select(["shop_members.id", "shop_members.role", "shop_users.display_name", "shop_users.email"])
    .where("shop_members.shop_id", "=", ctx.shopId)
    .execute();
  // ok: excessive-data-exposure
  return rows;
});
