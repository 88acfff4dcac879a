"use server";

import { viewerProcedure, shopProcedure } from "@/lib/zsa";
import { kdb } from "@/lib/db/kysely";

// why: viewerProcedure does not reject anonymous callers; user?.email is undefined and the query still runs
// ruleid: missing-auth
// ok: missing-input-validation
export const pendingInvitesForMe = viewerProcedure.createServerAction().handler(async ({ ctx }) => {
  const invites = await kdb.selectFrom("shop_invites").innerJoin("shops", "shops.id", "shop_invites.shop_id").select(["shop_invites.id", "shops.name", "shop_invites.role"]).where("shop_invites.email", "=", ctx.user?.email ?? "").execute();
  // ok: excessive-data-exposure
  return invites;
});

// ok: missing-auth, missing-input-validation
export const myShops = shopProcedure.createServerAction().handler(async ({ ctx }) => {
  const shops = await kdb.selectFrom("shop_members").innerJoin("shops", "shops.id", "shop_members.shop_id").select(["shops.id", "shops.name", "shop_members.role"]).where("shop_members.user_id", "=", ctx.user.id).execute();
  // ok: excessive-data-exposure
  return shops;
});
