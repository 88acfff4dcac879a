"use server";

import { z } from "zod";
import { policyholderProcedure } from "@/lib/zsa";
import { validateRequest } from "@/lib/lucia";
import { prisma } from "@/lib/db";
import { ownsPolicyholder } from "@/lib/permissions";
import { sendEmail } from "@/lib/notify";
import { checkRateLimit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation
export const getMyPolicy = policyholderProcedure
  .createServerAction()
  .input(z.object({ policyId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const policy = await prisma.policy.findFirst({
      where: { id: input.policyId, policyholderId: ctx.policyholderId },
      select: { id: true, number: true, status: true, premiumCents: true, effectiveAt: true, expiresAt: true },
    });
    // ok: excessive-data-exposure
    return policy;
  });

const ContactSchema = z.object({ phone: z.string().regex(/^\+?[0-9 ()-]{7,20}$/), email: z.string().email() });

// ok: missing-auth, missing-input-validation
export const updateMyContact = policyholderProcedure
  .createServerAction()
  .input(ContactSchema)
  .handler(async ({ input, ctx }) => {
    // ok: mass-assignment, missing-authorization
    await prisma.policyholder.update({ where: { id: ctx.policyholderId }, data: { ...input } });
    return { ok: true };
  });

// Legacy profile form (pre-zsa). The mobile app posts `policyholderId` for household accounts.
// ok: missing-auth
// ruleid: missing-input-validation
export async function updateHouseholdMember(formData: FormData) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Not signed in");
  const policyholderId = (formData.get("policyholderId") as string | null) ?? user.id;
  // ruleid: missing-authorization
  await prisma.policyholder.update({
    where: { id: policyholderId! },
    data: { legalName: formData.get("legalName") as string, phone: formData.get("phone") as string },
  });
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function emailPolicyDocuments(policyholderId: string, policyId: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Not signed in");
  const ids = z.object({ ph: z.string().cuid(), policy: z.string().cuid() }).parse({ ph: policyholderId, policy: policyId });
  // ok: floating-auth-check
  if (!(await ownsPolicyholder(user.id, ids.ph))) throw new Error("Forbidden");
  if (!(await checkRateLimit(`docs:${user.id}`))) return { error: "Please wait before requesting again" };
  // ok: missing-authorization
  const policy = await prisma.policy.findFirst({ where: { id: ids.policy, policyholderId: ids.ph }, select: { number: true } });
  if (!policy) return { error: "Not found" };
  await sendEmail(user.email, `Your policy ${policy.number}`, "<p>Your documents are attached.</p>");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export const myPolicies = policyholderProcedure
  .createServerAction()
  .handler(async ({ ctx }) => {
    const rows = await prisma.policy.findMany({ where: { policyholderId: ctx.policyholderId } });
    // ruleid: excessive-data-exposure
    return rows;
  });
