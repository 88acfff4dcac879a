import { redirect } from "next/navigation";
import { validateRequest } from "@/lib/auth/lucia";
import { kdb } from "@/lib/db/kysely";

export type TenantCtx = { userId: string; tenantId: string; tenantRole: string };

// Lucia session + tenant membership, resolved once per action.
export function withTenant<T>(fn: (formData: FormData, ctx: TenantCtx) => Promise<T>) {
  return async (formData: FormData): Promise<T> => {
    const { user } = await validateRequest();
    if (!user) redirect("/login");
    const m = await kdb
      .selectFrom("memberships")
      .select(["tenant_id", "role"])
      .where("user_id", "=", user.id)
      .executeTakeFirst();
    if (!m) throw new Error("No tenant membership");
    return fn(formData, { userId: user.id, tenantId: m.tenant_id, tenantRole: m.role });
  };
}
