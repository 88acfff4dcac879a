"use server";

import { z } from "zod";
import { createServerAction } from "zsa";
import { auth as clerkAuth } from "@clerk/nextjs/server";
import { clerkProcedure, limitedClerkProcedure, publicProcedure } from "@/lib/safe/procedures";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/notify";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const configureSso = clerkProcedure
  .createServerAction()
  .input(z.object({ connection: z.enum(["okta", "azure-ad", "google-workspace"]), domain: z.string().regex(/^[a-z0-9.-]+$/) }))
  .handler(async ({ input, ctx }) => {
    if (!ctx.orgId) throw new Error("No tenant");
    // ok: mass-assignment
    await prisma.tenant.update({ where: { id: ctx.orgId }, data: { ssoConnection: `${input.connection}:${input.domain}` } });
    await auditLog({ tenantId: ctx.orgId, actorId: ctx.clerkUserId, action: "sso.configure" });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const rotateScimToken = clerkProcedure
  .createServerAction()
  .input(z.object({ confirm: z.literal(true) }))
  .handler(async ({ ctx }) => {
    if (!ctx.orgId) throw new Error("No tenant");
    const token = crypto.randomUUID() + crypto.randomUUID();
    const digest = Buffer.from(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token))).toString("hex");
    await prisma.tenant.update({ where: { id: ctx.orgId }, data: { scimTokenHash: digest } });
    return { token };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const emailShipmentDigest = limitedClerkProcedure
  .createServerAction()
  .input(z.object({ to: z.string().email() }))
  .handler(async ({ input, ctx }) => {
    const count = await prisma.load.count({ where: { tenantId: ctx.orgId ?? "-" } });
    await sendEmail(input.to, "Your weekly shipment digest", `${count} loads this week.`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const emailRateConfirmation = clerkProcedure
  .createServerAction()
  .input(z.object({ loadId: z.string().cuid(), to: z.string().email() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const load = await prisma.load.findFirst({ where: { id: input.loadId, tenantId: ctx.orgId ?? "-" }, select: { reference: true, rateCents: true } });
    if (!load) throw new Error("Not found");
    await sendEmail(input.to, `Rate confirmation ${load.reference}`, `Agreed rate: $${(load.rateCents / 100).toFixed(2)}`);
    return { ok: true };
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const requestEnterpriseTrialExtension = publicProcedure
  .createServerAction()
  .input(z.object({ tenantId: z.string().cuid(), days: z.number().int().max(30) }))
  .handler(async ({ input }) => {
    await prisma.tenant.update({
      where: { id: input.tenantId },
      data: {
        plan: "trial",
        // ruleid: mass-assignment
        credits: input.days,
      },
    });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const listEnterpriseLocations = createServerAction()
  .input(z.object({ tenantId: z.string() }))
  .handler(async ({ input }) => {
    const { userId, orgId } = await clerkAuth();
    if (!userId) throw new Error("Unauthorized");
    // ruleid: missing-authorization
    const stops = await prisma.stop.findMany({ where: { load: { tenantId: input.tenantId } }, select: { address: true }, distinct: ["address"] });
    return { stops, orgId };
  });

// ok: missing-auth, missing-input-validation
export const getEnterpriseProfile = clerkProcedure
  .createServerAction()
  .input(z.object({}))
  .handler(async ({ ctx }) => {
    const tenant = await prisma.tenant.findUnique({ where: { id: ctx.orgId ?? "-" } });
    // ruleid: excessive-data-exposure
    return tenant;
  });
