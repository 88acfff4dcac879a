"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { operatorClient, authActionClient, auditedClient, ActionError } from "@/lib/safe-action";
import { prisma } from "@/lib/db";
import { canManageSite } from "@/lib/permissions";

const SiteInput = z.object({
  name: z.string().min(2).max(120),
  address: z.string().min(4).max(300),
  timezone: z.string().min(3).max(64),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
});

// ok: missing-auth, missing-input-validation
export const createSite = operatorClient
  .metadata({ actionName: "site.create" })
  .inputSchema(SiteInput)
  .action(async ({ parsedInput, ctx }) => {
    const site = await prisma.site.create({
      // ok: mass-assignment
      data: { ...parsedInput, tenantId: ctx.tenantId },
      select: { id: true },
    });
    revalidatePath("/sites");
    // ok: excessive-data-exposure
    return site;
  });

// ok: missing-auth, missing-input-validation
export const updateSite = operatorClient
  .metadata({ actionName: "site.update" })
  .inputSchema(SiteInput.partial().extend({ siteId: z.string().cuid() }))
  .action(async ({ parsedInput: { siteId, ...changes }, ctx }) => {
    // ok: missing-authorization
    await prisma.site.update({
      where: { id: siteId, tenantId: ctx.tenantId },
      // ok: mass-assignment
      data: changes,
    });
    revalidatePath(`/sites/${siteId}`);
  });

// Site managers can hide their own sites from the public map.
// ok: missing-auth, missing-input-validation
export const setSiteVisibility = authActionClient
  .metadata({ actionName: "site.visibility" })
  .inputSchema(z.object({ siteId: z.string().cuid(), isPublic: z.boolean() }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    if (!canManageSite(ctx.userId, parsedInput.siteId)) {
      throw new ActionError("You cannot manage this site.");
    }
    // ruleid: missing-authorization
    await prisma.site.update({ where: { id: parsedInput.siteId }, data: { isPublic: parsedInput.isPublic } });
    revalidatePath("/sites");
  });

// ok: missing-auth, missing-input-validation
export const setSiteAccessCode = authActionClient
  .metadata({ actionName: "site.access_code" })
  .inputSchema(z.object({ siteId: z.string().cuid(), accessCode: z.string().regex(/^\d{4,8}$/) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    const allowed = await canManageSite(ctx.userId, parsedInput.siteId);
    if (!allowed) throw new ActionError("You cannot manage this site.");
    // ok: missing-authorization
    await prisma.site.update({ where: { id: parsedInput.siteId }, data: { accessCode: parsedInput.accessCode } });
  });

// ok: missing-auth, missing-input-validation
export const deleteSite = auditedClient
  .metadata({ actionName: "site.delete" })
  .inputSchema(z.object({ siteId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const { count } = await prisma.site.deleteMany({ where: { id: parsedInput.siteId, tenantId: ctx.tenantId } });
    revalidatePath("/sites");
    // ok: excessive-data-exposure
    return { deleted: count };
  });

// ok: missing-auth, missing-input-validation
export const getSiteDetails = authActionClient
  .metadata({ actionName: "site.details" })
  .inputSchema(z.object({ siteId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const site = await prisma.site.findFirst({
      where: { id: parsedInput.siteId, tenant: { memberships: { some: { userId: ctx.userId } } } },
      include: { chargers: true },
    });
    if (!site) throw new ActionError("Site not found");
    // ruleid: excessive-data-exposure
    return site;
  });

// ok: missing-auth
export const listSites = authActionClient.metadata({ actionName: "site.list" }).action(async ({ ctx }) => {
  const sites = await prisma.site.findMany({
    where: { tenantId: ctx.tenantId },
    select: { id: true, name: true, address: true, isPublic: true, _count: { select: { chargers: true } } },
    orderBy: { name: "asc" },
  });
  // ok: excessive-data-exposure
  return sites;
});

// ok: missing-auth, missing-input-validation
export const getSiteHostContact = authActionClient
  .metadata({ actionName: "site.host_contact" })
  .inputSchema(z.object({ siteId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    const site = await prisma.site.findUnique({
      where: { id: parsedInput.siteId },
      select: { hostId: true, name: true, address: true, accessCode: true },
    });
    // ok: excessive-data-exposure
    return site;
  });
