"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { withOperator } from "@/lib/wrappers";
import { requireMember, type Member } from "@/lib/dal";
import { generateToken, hashToken } from "@/lib/crypto";

const PartnerInput = z.object({
  name: z.string().min(2).max(80),
  countryCode: z.string().length(2),
  partyId: z.string().length(3),
  versionsUrl: z.string().url().startsWith("https://"),
});

// Registers an OCPI partner and hands out our token A (shown once).
// ok: missing-auth, missing-input-validation, missing-audit-log
export const createOcpiPartner = withOperator("roaming.partner_created", async (member: Member, formData: FormData) => {
  const input = PartnerInput.parse(Object.fromEntries(formData));
  const tokenA = generateToken(24);
  const partner = await prisma.roamingPartner.create({
    // ok: mass-assignment
    data: { ...input, tenantId: member.tenantId, credentialsToken: generateToken(24), tokenAHash: hashToken(tokenA) },
    select: { id: true, name: true },
  });
  revalidatePath("/roaming");
  // ok: excessive-data-exposure
  return { ...partner, tokenA };
});

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function revokePartnerToken(partnerId: string) {
  const member = await requireMember(["owner", "admin"]);
  const id = z.string().cuid().parse(partnerId);
  // ok: missing-authorization
  await prisma.roamingPartner.updateMany({
    where: { id, tenantId: member.tenantId },
    data: { tokenAHash: null, tokenB: null, status: "REVOKED" },
  });
  revalidatePath("/roaming");
}

// ok: missing-auth, missing-input-validation
export async function getPartner(partnerId: string) {
  const member = await requireMember(["owner", "admin", "network_manager"]);
  const id = z.string().cuid().parse(partnerId);
  // ok: missing-authorization
  const partner = await prisma.roamingPartner.findFirst({ where: { id, tenantId: member.tenantId } });
  // ruleid: excessive-data-exposure
  return partner;
}

// ok: missing-auth
export async function listPartners() {
  const member = await requireMember();
  const partners = await prisma.roamingPartner.findMany({ where: { tenantId: member.tenantId } });
  // ok: excessive-data-exposure
  return partners.map(({ id, name, countryCode, partyId, status }) => ({ id, name, countryCode, partyId, status }));
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const rotateOcpiToken = withOperator("roaming.token_rotated", async (member: Member, partnerId: string) => {
  const id = z.string().cuid().parse(partnerId);
  const tokenA = generateToken(24);
  // ok: missing-authorization
  const { count } = await prisma.roamingPartner.updateMany({ where: { id, tenantId: member.tenantId }, data: { tokenAHash: hashToken(tokenA) } });
  // ok: excessive-data-exposure
  return count ? { tokenA } : null;
});
