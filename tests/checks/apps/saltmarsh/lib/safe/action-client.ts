import { createSafeActionClient } from "next-safe-action";
import { createSupabaseServer } from "@/lib/auth/supabase";
import { rateLimitByKey } from "@/lib/ratelimit";

export const actionClient = createSafeActionClient({
  handleServerError() {
    return "Something went wrong";
  },
});

// Partner-tenant client: Supabase session + tenant membership, added via .use().
export const tenantClient = actionClient.use(async ({ next }) => {
  const supabase = await createSupabaseServer();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const { data: membership } = await supabase
    .from("memberships")
    .select("tenant_id, role")
    .eq("user_id", user.id)
    .single();
  if (!membership) throw new Error("No tenant");
  return next({ ctx: { user, supabase, tenantId: membership.tenant_id as string, tenantRole: membership.role as string } });
});

// Same as tenantClient plus a per-user budget (used by AI + messaging actions).
export const limitedTenantClient = tenantClient.use(async ({ next, ctx }) => {
  await rateLimitByKey(`tenant-action:${ctx.user.id}`);
  return next({ ctx });
});
