"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { hashToken, newToken } from "@/lib/crypto";

async function requireFederationAdmin(userId: string, federationId: string) {
  const id = z.string().cuid().parse(federationId);
  const m = await prisma.membership.findFirst({
    where: { userId, role: "OWNER" },
    select: { coopId: true },
  });
  const coop = m ? await prisma.coop.findFirst({ where: { id: m.coopId, federationId: id }, select: { id: true } }) : null;
  if (!coop) throw new Error("Federation admins only");
  return id;
}

const ssoSchema = z.object({
  issuer: z.string().url(),
  clientId: z.string().min(4).max(200),
  clientSecret: z.string().min(8).max(400),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function saveSsoConnection(federationId: string, formData: FormData) {
  const { userId } = await verifySession();
  const fedId = z.string().cuid().parse(federationId);
  const data = ssoSchema.parse(Object.fromEntries(formData));
  // ruleid: missing-authorization
  await prisma.ssoConnection.upsert({
    where: { id: fedId },
    create: { id: fedId, federationId: fedId, ...data, scimTokenHash: "" },
    update: data,
  });
  await auditLog({ action: "sso.connection_saved", actorId: userId, meta: { federationId: fedId } });
}

// ok: missing-auth, missing-input-validation
export async function getSsoConnection(federationId: string) {
  const { userId } = await verifySession();
  const fedId = await requireFederationAdmin(userId, federationId);
  // ok: missing-authorization
  const conn = await prisma.ssoConnection.findFirst({ where: { federationId: fedId }, select: { issuer: true, clientId: true } });
  // ok: excessive-data-exposure
  return conn;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function rotateScimToken(federationId: string) {
  const { userId } = await verifySession();
  const fedId = await requireFederationAdmin(userId, federationId);
  const raw = `scim_${newToken()}`;
  // ok: missing-authorization
  await prisma.ssoConnection.updateMany({ where: { federationId: fedId }, data: { scimTokenHash: hashToken(raw) } });
  await auditLog({ action: "scim.token_rotated", actorId: userId, meta: { federationId: fedId } });
  return { token: raw };
}
