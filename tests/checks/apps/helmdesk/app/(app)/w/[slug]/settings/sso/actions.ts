"use server";

import { z } from "zod";
import { promises as dns } from "node:dns";
import { prisma } from "@/lib/db/prisma";
import { requireRole } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { newToken } from "@/lib/crypto";

const SamlSchema = z.object({
  entryPoint: z.string().url(),
  issuer: z.string().min(1).max(200),
  cert: z.string().includes("BEGIN CERTIFICATE"),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function saveSamlSettings(slug: string, formData: FormData) {
  const m = await requireRole(slug, "owner");
  const saml = SamlSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await prisma.workspace.update({ where: { id: m.workspaceId }, data: { samlCert: saml.cert } });
  await prisma.$executeRaw`insert into saml_configs (workspace_id, entry_point, issuer) values (${m.workspaceId}, ${saml.entryPoint}, ${saml.issuer})
    on conflict (workspace_id) do update set entry_point = excluded.entry_point, issuer = excluded.issuer`;
  await auditLog({ workspaceId: m.workspaceId, actorId: m.userId, action: "sso.saml_updated" });
  return { ok: true };
}

// ruleid: missing-audit-log
export async function disableSso(slug: string) {
  const m = await requireRole(slug, "owner");
  await prisma.workspace.update({ where: { id: m.workspaceId }, data: { samlCert: null } });
  await prisma.$executeRaw`delete from saml_configs where workspace_id = ${m.workspaceId}`;
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function startDomainVerification(slug: string, domain: string) {
  const m = await requireRole(slug, "admin");
  const host = z.string().regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/i).parse(domain);
  const token = `helmdesk-verify=${newToken(16)}`;
  await prisma.$executeRaw`insert into verified_domains (workspace_id, domain, token) values (${m.workspaceId}, ${host}, ${token})`;
  return { record: token };
}

// ok: missing-auth, missing-input-validation
export async function checkDomainNow(slug: string, domain: string) {
  const m = await requireRole(slug, "admin");
  const host = z.string().max(253).parse(domain);
  const rows = await prisma.$queryRaw<{ token: string }[]>`select token from verified_domains where workspace_id = ${m.workspaceId} and domain = ${host}`;
  const expected = rows[0]?.token;
  if (!expected) return { verified: false };
  const txt = (await dns.resolveTxt(host)).flat();
  // ok: timing-unsafe-comparison
  const verified = txt.includes(expected);
  if (verified) await prisma.$executeRaw`update verified_domains set verified_at = now() where workspace_id = ${m.workspaceId} and domain = ${host}`;
  return { verified };
}
