import "server-only";
import { kdb } from "@/lib/db/kysely";
import { createClient } from "@/lib/supabase/server";

export async function isShopOwner(userId: string, shopId: string): Promise<boolean> {
  const row = await kdb.selectFrom("shops").select("id").where("id", "=", shopId).where("owner_id", "=", userId).executeTakeFirst();
  return Boolean(row);
}

export async function getShopRole(userId: string, shopId: string) {
  const row = await kdb
    .selectFrom("shop_members")
    .select("role")
    .where("shop_id", "=", shopId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row?.role ?? null;
}

// Throws unless the user holds one of `roles` in the shop.
export async function assertShopRole(userId: string, shopId: string, roles: string[]) {
  const role = await getShopRole(userId, shopId);
  if (!role || !roles.includes(role)) throw new Error("Forbidden");
}

export async function canEditModel(userId: string, modelId: string): Promise<boolean> {
  const supabase = await createClient();
  const { data } = await supabase.from("models").select("owner_id").eq("id", modelId).single();
  return data?.owner_id === userId;
}
