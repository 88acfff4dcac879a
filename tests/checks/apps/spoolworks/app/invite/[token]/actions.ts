"use server";

import { z } from "zod";
import { createHash } from "node:crypto";
import { redirect } from "next/navigation";
import { kdb } from "@/lib/db/kysely";
import { validateRequest } from "@/lib/auth/lucia";
import { auditLog } from "@/lib/audit";

// why: the `role` form field reaches the insert without any check
// ruleid: missing-input-validation
// ok: missing-auth, missing-audit-log
export async function acceptInvite(formData: FormData) {
  const { user } = await validateRequest();
  if (!user) redirect("/shop/login?next=/invite");
  const token = z.string().min(20).max(64).parse(formData.get("token"));
  const tokenHash = createHash("sha256").update(token).digest("hex");
  // ok: timing-unsafe-comparison
  const invite = await kdb.selectFrom("shop_invites").select(["id", "shop_id", "role", "email", "expires_at"]).where("token_hash", "=", tokenHash).executeTakeFirst();
  if (!invite || invite.expires_at < new Date()) return { error: "This invite has expired." };
  if (invite.email.toLowerCase() !== user.email.toLowerCase()) return { error: "This invite was sent to a different email." };
  const role = formData.get("role") ?? invite.role;
  // why: role comes from the form when present (an invited operator posts role=owner)
  // ruleid: mass-assignment
  await kdb.insertInto("shop_members").values({ id: crypto.randomUUID(), shop_id: invite.shop_id, user_id: user.id, role: role as "owner" | "manager" | "operator", invited_by: null }).execute();
  await kdb.deleteFrom("shop_invites").where("id", "=", invite.id).execute();
  await auditLog({ actorId: user.id, action: "shop.invite_accepted", target: invite.shop_id });
  redirect(`/shop/${invite.shop_id}`);
}

// ok: missing-auth, missing-input-validation
export async function declineInvite(formData: FormData) {
  const { user } = await validateRequest();
  if (!user) redirect("/shop/login");
  const token = z.string().min(20).max(64).parse(formData.get("token"));
  // ok: missing-authorization
  await kdb.deleteFrom("shop_invites").where("token_hash", "=", createHash("sha256").update(token).digest("hex")).where("email", "=", user.email).execute();
}
