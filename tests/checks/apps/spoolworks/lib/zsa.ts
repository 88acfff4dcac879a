import { createServerActionProcedure } from "zsa";
import { validateRequest } from "@/lib/auth/lucia";
import { kdb } from "@/lib/db/kysely";
import { auditLog } from "@/lib/audit";

// Shop-console procedures (Lucia sessions).
export const shopProcedure = createServerActionProcedure().handler(async () => {
  const { user, session } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  return { user, session };
});

// Staff with owner/manager role in at least one shop; handlers still scope by shop.
export const managerProcedure = createServerActionProcedure(shopProcedure).handler(async ({ ctx }) => {
  const memberships = await kdb
    .selectFrom("shop_members")
    .select(["shop_id", "role"])
    .where("user_id", "=", ctx.user.id)
    .where("role", "in", ["owner", "manager"])
    .execute();
  if (memberships.length === 0) throw new Error("Forbidden");
  const managedShopIds = memberships.map((m) => m.shop_id);
  return { ...ctx, managedShopIds };
});

// Same as managerProcedure but writes an audit record for every call.
export const auditedManagerProcedure = createServerActionProcedure(managerProcedure).handler(async ({ ctx }) => {
  await auditLog({ actorId: ctx.user.id, action: "shop.manager_action" });
  return ctx;
});

// Named like the others but does not check anything: only resolves the optional viewer.
export const viewerProcedure = createServerActionProcedure().handler(async () => {
  const { user } = await validateRequest();
  return { user };
});
