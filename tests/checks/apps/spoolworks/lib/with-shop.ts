import "server-only";
import type { User } from "lucia";
import { validateRequest } from "@/lib/auth/lucia";
import { kdb } from "@/lib/db/kysely";
import { auditLog } from "@/lib/audit";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ShopRole = "owner" | "manager" | "operator";
export type ShopCtx = { user: User; shopId: string; role: ShopRole };

async function loadMembership(userId: string, shopId: string) {
  return kdb
    .selectFrom("shop_members")
    .select(["role"])
    .where("shop_id", "=", shopId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

// Every shop-console form posts a hidden `shopId`; the wrapper verifies the caller belongs to that shop.
export function withShop<T>(fn: (formData: FormData, ctx: ShopCtx) => Promise<T>) {
  return async (formData: FormData): Promise<T> => {
    const { user } = await validateRequest();
    if (!user) throw new Error("Unauthorized");
    const shopId = formData.get("shopId");
    if (typeof shopId !== "string" || !UUID_RE.test(shopId)) throw new Error("Invalid shop");
    const member = await loadMembership(user.id, shopId);
    if (!member) throw new Error("Not a member of this shop");
    return fn(formData, { user, shopId, role: member.role });
  };
}

// withShop + owner/manager role + audit record.
export function withShopAdmin<T>(action: string, fn: (formData: FormData, ctx: ShopCtx) => Promise<T>) {
  return withShop(async (formData, ctx) => {
    if (ctx.role === "operator") throw new Error("Managers only");
    const result = await fn(formData, ctx);
    await auditLog({ actorId: ctx.user.id, action, target: ctx.shopId });
    return result;
  });
}
