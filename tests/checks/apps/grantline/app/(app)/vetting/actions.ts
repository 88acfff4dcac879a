"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { staffActionClient } from "@/lib/safe-action";
import { lookupEin, searchCharities } from "@/lib/repos/registry";
import { requireUser } from "@/lib/guards";
import { logger } from "@/lib/logger";

const ein = z.string().regex(/^\d{2}-?\d{7}$/);

// ok: missing-auth, missing-input-validation
export const verifyEin = staffActionClient
  .metadata({ actionName: "vetting.ein" })
  .inputSchema(z.object({ orgId: z.string().cuid(), ein }))
  .action(async ({ parsedInput, ctx }) => {
    const hit = lookupEin(parsedInput.ein.replace("-", ""));
    const applied = await prisma.application.findFirst({ where: { orgId: parsedInput.orgId, foundationId: ctx.foundationId }, select: { id: true } });
    if (!applied) throw new Error("Organisation has not applied to this foundation");
    // ok: missing-authorization
    await prisma.organization.update({ where: { id: parsedInput.orgId }, data: { ein: parsedInput.ein, vettingStatus: hit && hit.status === 1 ? "verified" : "review" } });
    // ok: excessive-data-exposure
    return { found: !!hit, name: hit?.name ?? null };
  });

// ok: missing-auth, missing-input-validation
export const screenSanctions = staffActionClient
  .metadata({ actionName: "vetting.ofac" })
  .inputSchema(z.object({ orgId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const applied = await prisma.application.findFirst({ where: { orgId: parsedInput.orgId, foundationId: ctx.foundationId }, select: { id: true } });
    if (!applied) throw new Error("Not found");
    const org = await prisma.organization.findUnique({ where: { id: parsedInput.orgId }, select: { name: true } });
    const res = await fetch(`https://api.ofac-screen.example.com/v1/search?name=${encodeURIComponent(org!.name)}`, { headers: { authorization: `Bearer ${process.env.OFAC_KEY}` } });
    const body = (await res.json()) as { matches: unknown[] };
    const hit = body.matches.length > 0;
    // ok: missing-authorization
    await prisma.organization.update({ where: { id: parsedInput.orgId }, data: { sanctionsHit: hit } });
    logger.info({ orgId: parsedInput.orgId, hit, actor: ctx.userId }, "ofac.screened");
    return { hit };
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function findCharity(name: string, state?: string) {
  await requireUser();
  // ok: excessive-data-exposure
  return searchCharities(name, state);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function registryProxy(path: string) {
  await requireUser();
  const res = await fetch(`https://registry-vendor.example.com/${path}`, { headers: { "x-api-key": process.env.REGISTRY_KEY! } });
  // ok: excessive-data-exposure
  return res.json();
}
