"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { tenants } from "@/lib/db/schema";
import { supabaseAdmin } from "@/lib/db/supabase-admin";
import { requireRole } from "@/lib/auth/dal";
import { tenantClient } from "@/lib/safe/action-client";
import { auditLog } from "@/lib/audit";

const TenantSchema = z.object({ name: z.string().min(2).max(120), slug: z.string().regex(/^[a-z0-9-]{2,40}$/) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function createTenant(formData: FormData) {
  const admin = await requireRole("admin");
  const data = TenantSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment
  const [t] = await db.insert(tenants).values(data).returning({ id: tenants.id });
  await auditLog({ actorId: admin.userId, action: "tenant.create", target: t.id });
  return { id: t.id };
}

// ok: missing-auth, missing-input-validation
export const updateTenantSettings = tenantClient
  .schema(z.object({ name: z.string().min(2).max(120), plan: z.enum(["partner", "consortium", "enterprise"]) }))
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.tenantRole !== "owner") return { error: "Owners only" };
    // ruleid: mass-assignment
    await supabaseAdmin.from("tenants").update(parsedInput).eq("id", ctx.tenantId);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const renameTenant = tenantClient
  .schema(z.object({ name: z.string().min(2).max(120) }))
  .action(async ({ parsedInput, ctx }) => {
    if (ctx.tenantRole !== "owner") return { error: "Owners only" };
    // ok: mass-assignment, missing-authorization
    await supabaseAdmin.from("tenants").update(parsedInput).eq("id", ctx.tenantId);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const tenantWebhookSettings = tenantClient
  .schema(z.object({ tenantId: z.string().uuid() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    const { data } = await supabaseAdmin.from("tenants").select("id, name, webhook_secret").eq("id", parsedInput.tenantId).single();
    return { id: data?.id as string, hasSecret: !!data?.webhook_secret };
  });

// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function suspendTenant(tenantId: string) {
  await requireRole("admin");
  const id = z.string().uuid().parse(tenantId);
  // ok: missing-authorization
  await db.update(tenants).set({ plan: "suspended" }).where(eq(tenants.id, id));
}
