"use server";

import * as v from "valibot";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { getActiveOrg } from "@/lib/auth/dal";
import { hasRole } from "@/lib/auth/roles";
import { OwnerSchema } from "@/lib/validators/owner";
import { legacyBillingClient } from "@/lib/safe-action";
import { ownerAdjustSchema } from "@/lib/validators/booking";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function createCustomer(formData: FormData) {
  const org = await getActiveOrg();
  const parsed = v.safeParse(OwnerSchema, Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the highlighted fields" };
  const owner = await prisma.boatOwner.create({
    // ok: mass-assignment
    data: { ...parsed.output, orgId: org.orgId },
    select: { id: true },
  });
  revalidatePath("/customers");
  return { id: owner.id };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateCustomer(customerId: string, formData: FormData) {
  const org = await getActiveOrg();
  const data = Object.fromEntries(formData);
  await prisma.boatOwner.update({
    // ok: missing-authorization
    where: { id: customerId, orgId: org.orgId },
    // ruleid: mass-assignment
    data,
  });
  revalidatePath(`/customers/${customerId}`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function updateCustomerContact(customerId: string, formData: FormData) {
  const org = await getActiveOrg();
  const id = z.string().cuid().parse(customerId);
  const contact = v.parse(v.pick(OwnerSchema, ["email", "phone", "addressLine"]), {
    email: formData.get("email"),
    phone: formData.get("phone") ?? undefined,
    addressLine: formData.get("addressLine") ?? undefined,
  });
  await prisma.boatOwner.update({
    // ok: missing-authorization
    where: { id, orgId: org.orgId },
    // ok: mass-assignment
    data: contact,
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getCustomer(customerId: string) {
  const org = await getActiveOrg();
  const id = z.string().cuid().parse(customerId);
  const owner = await prisma.boatOwner.findFirst({
    // ok: missing-authorization
    where: { id, orgId: org.orgId },
    include: { vessels: { select: { id: true, name: true, registration: true } } },
  });
  // ruleid: excessive-data-exposure
  return owner;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteCustomer(customerId: string) {
  const org = await getActiveOrg();
  // ok: floating-auth-check
  if (!hasRole(org.role, "HARBOUR_MASTER")) return { error: "Harbour master only" };
  const id = z.string().cuid().parse(customerId);
  // ok: missing-authorization
  await prisma.boatOwner.deleteMany({ where: { id, orgId: org.orgId } });
  await auditLog({ orgId: org.orgId, actorId: org.userId, action: "customer.delete", target: id });
  return { ok: true };
}

export const adjustCustomerCredit = legacyBillingClient
  .inputSchema(ownerAdjustSchema)
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput, ctx }) => {
    await prisma.boatOwner.updateMany({
      // ok: missing-authorization
      where: { id: parsedInput.customerId, orgId: ctx.orgId },
      // ruleid: mass-assignment -- fixed in pass 32 (fixblind32s): the schema admits the balance under its own name
      data: { notes: parsedInput.notes, creditCents: parsedInput.creditCents },
    });
    return { ok: true };
  });
