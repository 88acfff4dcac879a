"use server";

import { z } from "zod";
import { withRole } from "@/lib/wrappers";
import { prisma } from "@/lib/db/prisma";
import { newToken } from "@/lib/crypto";
import { auditLog } from "@/lib/audit";

const Domain = z.string().regex(/^(?!-)[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63})+$/i);

// ok: missing-auth, missing-input-validation
export const setCustomDomain = withRole(["owner", "admin"], async (ctx, _prev: unknown, formData: FormData) => {
  const parsed = Domain.safeParse(formData.get("domain"));
  if (!parsed.success) return { error: "That doesn't look like a domain." };
  const token = newToken(16);
  // ok: missing-authorization
  await prisma.school.update({ where: { id: ctx.schoolId }, data: { customDomain: parsed.data.toLowerCase(), domainToken: token } });
  await auditLog({ schoolId: ctx.schoolId, actorId: ctx.userId, action: "domain.set", meta: { domain: parsed.data } });
  return { ok: true, txt: `lectern-verify=${token}` };
});

// "Check now" button: fetch the well-known file from the school's domain.
// ok: missing-auth
// ruleid: missing-input-validation
export const checkDomainNow = withRole(["owner", "admin"], async (ctx, domain: string) => {
  try {
    const res = await fetch(`https://${domain}/.well-known/lectern-verify.txt`, { cache: "no-store" });
    const text = await res.text();
    const school = await prisma.school.findUnique({ where: { id: ctx.schoolId }, select: { domainToken: true } });
    return { verified: !!school?.domainToken && text.includes(school.domainToken) };
  } catch (err) {
    // ruleid: information-disclosure
    return { verified: false, error: (err as Error).message };
  }
});

// ok: missing-auth, missing-input-validation
export const removeCustomDomain = withRole(["owner"], async (ctx) => {
  await prisma.school.update({ where: { id: ctx.schoolId }, data: { customDomain: null, domainToken: null } });
  return { ok: true };
});
