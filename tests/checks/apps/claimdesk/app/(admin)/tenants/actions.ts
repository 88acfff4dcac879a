"use server";

import { z } from "zod";
import { platformAdminProcedure } from "@/lib/zsa";
import { prisma } from "@/lib/db";
import { pool } from "@/lib/pg";
import { logSecurityEvent } from "@/lib/audit";
import { stripe } from "@/lib/stripe";

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const changeTenantPlan = platformAdminProcedure
  .createServerAction()
  .input(z.object({ tenantId: z.string().cuid(), plan: z.enum(["starter", "growth", "enterprise"]) }))
  .handler(async ({ input }) => {
    const tenant = await prisma.tenant.update({ where: { id: input.tenantId }, data: { plan: input.plan }, select: { stripeCustomerId: true } });
    if (tenant.stripeCustomerId) await stripe.customers.update(tenant.stripeCustomerId, { metadata: { plan: input.plan } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const deleteTenant = platformAdminProcedure
  .createServerAction()
  .input(z.object({ tenantId: z.string().cuid(), confirm: z.literal("DELETE") }))
  .handler(async ({ input }) => {
    await prisma.$transaction([
      prisma.membership.deleteMany({ where: { tenantId: input.tenantId } }),
      prisma.tenant.delete({ where: { id: input.tenantId } }),
    ]);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const grantPlatformAdmin = platformAdminProcedure
  .createServerAction()
  .input(z.object({ userId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    await prisma.user.update({ where: { id: input.userId }, data: { isPlatformAdmin: true } });
    await logSecurityEvent("platform_admin.granted", ctx.user.id, { target: input.userId });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const getTenant = platformAdminProcedure
  .createServerAction()
  .input(z.object({ tenantId: z.string().cuid() }))
  .handler(async ({ input }) => {
    const tenant = await prisma.tenant.findUnique({ where: { id: input.tenantId } });
    // ruleid: excessive-data-exposure
    return tenant;
  });

const METRICS: Record<string, string> = { claims: "count(*)", paid: "sum(paid_cents)", reserve: "sum(reserve_cents)" };

// ok: missing-auth, missing-input-validation
export const tenantMetric = platformAdminProcedure
  .createServerAction()
  .input(z.object({ tenantId: z.string().cuid(), metric: z.string() }))
  .handler(async ({ input }) => {
    const expr = METRICS[input.metric] ?? "count(*)";
    // ok: sql-injection
    const { rows } = await pool.query(`SELECT ${expr} AS value FROM claims WHERE tenant_id = $1`, [input.tenantId]);
    return { value: Number(rows[0]?.value ?? 0) };
  });

// ok: missing-auth, missing-input-validation
export const tenantsByRegion = platformAdminProcedure
  .createServerAction()
  .input(z.object({ region: z.string().max(20), orderBy: z.string().max(30) }))
  .handler(async ({ input }) => {
    // ruleid: sql-injection
    const { rows } = await pool.query(`SELECT id, name, slug FROM tenants WHERE region = $1 ORDER BY ${input.orderBy}`, [input.region]);
    // ok: excessive-data-exposure
    return rows.map((r) => ({ id: r.id as string, name: r.name as string, slug: r.slug as string }));
  });
