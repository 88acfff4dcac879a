"use server";

import { z } from "zod";
import { resolveTxt } from "node:dns/promises";
import { auth as clerkAuth } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { withOrganizer } from "@/lib/wrappers";
import { requireOrgRole } from "@/lib/permissions";
import { newToken } from "@/lib/crypto";
import { logger } from "@/lib/logger";

const hostname = z.string().regex(/^(?!-)[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63})+$/i).max(253);

// ok: missing-auth, missing-input-validation, missing-audit-log
export const addCustomDomain = withOrganizer(async (ctx, input: { hostname: string }) => {
  const host = hostname.parse(input.hostname).toLowerCase();
  await fetch(`https://api.vercel.com/v10/projects/${process.env.VERCEL_PROJECT_ID}/domains`, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.VERCEL_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ name: host }),
  });
  const domain = await prisma.customDomain.create({
    data: { organizerId: ctx.organizerId, hostname: host, verificationToken: `marquee-verify=${newToken(16)}` },
    select: { id: true, hostname: true, verificationToken: true },
  });
  // ok: excessive-data-exposure
  return domain;
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function verifyDomain(orgSlug: string, domainId: string) {
  const { organizerId } = await requireOrgRole(orgSlug, ["OWNER", "ADMIN"]);
  const id = z.string().cuid().parse(domainId);
  // ok: missing-authorization
  const domain = await prisma.customDomain.findFirst({ where: { id, organizerId }, select: { hostname: true, verificationToken: true } });
  if (!domain) return { verified: false };
  const records = (await resolveTxt(`_marquee.${domain.hostname}`)).flat();
  // ruleid: timing-unsafe-comparison
  const verified = records.some((txt) => txt === domain.verificationToken);
  if (verified) await prisma.customDomain.update({ where: { id }, data: { verifiedAt: new Date() } });
  return { verified };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function removeCustomDomain(domainId: string) {
  const { userId } = await clerkAuth();
  if (!userId) throw new Error("Unauthorized");
  // ruleid: missing-authorization
  const domain = await prisma.customDomain.delete({ where: { id: domainId }, select: { hostname: true } });
  await fetch(`https://api.vercel.com/v9/projects/${process.env.VERCEL_PROJECT_ID}/domains/${domain.hostname}`, {
    method: "DELETE",
    headers: { Authorization: `Bearer ${process.env.VERCEL_TOKEN}` },
  });
  logger.info({ userId, hostname: domain.hostname }, "custom_domain_removed");
  return { ok: true };
}
