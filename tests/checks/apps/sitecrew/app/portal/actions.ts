"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { requireSubSession } from "@/lib/portal";
import { sendEmail } from "@/lib/notify";
import { hashToken, newToken } from "@/lib/crypto";

const CompanySchema = z.object({
  name: z.string().min(2).max(120),
  contactEmail: z.string().email(),
  taxId: z.string().regex(/^\d{2}-\d{7}$/).optional(),
});

// ok: missing-auth, missing-input-validation
export async function updateCompanyProfile(_prev: unknown, formData: FormData) {
  const sub = await requireSubSession();
  const parsed = CompanySchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Check the company details." };
  // ok: missing-authorization, mass-assignment
  await prisma.subcontractor.update({ where: { id: sub.subcontractorId }, data: parsed.data });
  revalidatePath("/portal/company");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getMyCompany() {
  const sub = await requireSubSession();
  const company = await prisma.subcontractor.findUnique({ where: { id: sub.subcontractorId } });
  // ruleid: excessive-data-exposure
  return company;
}

const TeammateSchema = z.object({ email: z.string().email(), role: z.enum(["ADMIN", "VIEWER"]) });

// Sub admins invite their own staff to the portal.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
// todoruleid: missing-audit-log -- (gap judge: ambiguous) issuing an invite that carries a role: rule 9 does not say whether that is the role change (acceptance is audited)
export async function inviteTeammate(_prev: unknown, formData: FormData) {
  const sub = await requireSubSession();
  const parsed = TeammateSchema.safeParse({ email: formData.get("email"), role: formData.get("role") });
  if (!parsed.success) return { error: "Enter an e-mail and role." };
  const token = newToken();
  await prisma.invite.create({
    data: {
      tenantId: sub.subcontractorId,
      email: parsed.data.email,
      // ruleid: mass-assignment
      role: parsed.data.role,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + 7 * 864e5),
    },
  });
  await sendEmail(parsed.data.email, "Join your team on Sitecrew", `https://app.sitecrew.io/invite/${token}`);
  return { ok: true };
}
