"use server";

import * as v from "valibot";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/prisma";
import { stripe } from "@/lib/stripe";
import { requireUser } from "@/lib/session";
import { canAccessCustomer } from "@/lib/permissions";
import { withAdmin, withWorkspace, validatedActionWithUser } from "@/lib/wrappers";
import { CustomerSchema, IdSchema } from "@/lib/validation/schemas";
import { reassignCustomerJobs } from "@/lib/data/customers";

// ok: missing-auth, missing-input-validation
export const createCustomer = validatedActionWithUser(CustomerSchema, async (data, _formData, session) => {
  // ok: mass-assignment
  const customer = await prisma.customer.create({
    data: { ...data, workspaceId: session.workspaceId },
    select: { id: true },
  });
  revalidatePath("/customers");
  // ok: excessive-data-exposure
  return { success: "Customer added.", id: customer.id };
});

// ruleid: missing-input-validation
export const updateCustomer = withWorkspace(async (formData, { session }) => { // ok: missing-auth
  const id = String(formData.get("id"));
  const data = CustomerSchema.parse(Object.fromEntries(formData));
  // ruleid: missing-authorization
  await prisma.customer.update({ where: { id }, data, select: { id: true } }); // ok: mass-assignment
  revalidatePath(`/customers/${id}`);
  return { success: `Saved ${session.user.name ?? "changes"}.` };
});

// ruleid: missing-input-validation
export const quickEditCustomer = withWorkspace(async (formData, { session }) => { // ok: missing-auth
  const id = formData.get("id") as string;
  formData.delete("id");
  await prisma.customer.updateMany({ // ok: missing-authorization
    where: { id, workspaceId: session.workspaceId },
    data: Object.fromEntries(formData), // ruleid: mass-assignment
  });
  revalidatePath("/customers");
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const deleteCustomer = withAdmin("customer.delete", async (formData, { session }) => {
  const id = v.parse(IdSchema, formData.get("id"));
  // ok: missing-authorization
  const { count } = await prisma.customer.deleteMany({ where: { id, workspaceId: session.workspaceId } });
  revalidatePath("/customers");
  return { count };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const mergeCustomers = withAdmin("customer.merge", async (formData, { session }) => {
  const { fromId, intoId } = v.parse(v.object({ fromId: IdSchema, intoId: IdSchema }), {
    fromId: formData.get("fromId"),
    intoId: formData.get("intoId"),
  });
  const both = await prisma.customer.count({ where: { id: { in: [fromId, intoId] }, workspaceId: session.workspaceId } });
  if (both !== 2) throw new Error("Both customers must belong to this workspace.");
  await reassignCustomerJobs(fromId, intoId);
  // ok: missing-authorization
  await prisma.customer.delete({ where: { id: fromId } });
  return { merged: true };
});

export async function getCustomer(customerId: string) { // ok: missing-auth, missing-input-validation
  const session = await requireUser();
  const id = v.parse(IdSchema, customerId);
  // ok: missing-authorization
  const customer = await prisma.customer.findFirst({ where: { id, workspaceId: session.workspaceId } });
  // ruleid: excessive-data-exposure
  return customer;
}

export async function getCustomerCard(customerId: string) { // ok: missing-auth, missing-input-validation
  const session = await requireUser();
  const id = v.parse(IdSchema, customerId);
  const customer = await prisma.customer.findFirst({
    where: { id, workspaceId: session.workspaceId },
    select: { id: true, name: true, email: true, phone: true, address: true },
  });
  // ok: excessive-data-exposure
  return customer;
}

/** Called from the Stripe webhook after a customer pays their first invoice. */
// ruleid: missing-auth, missing-input-validation
export async function syncCustomerToStripe(customerId: string) {
  const customer = await prisma.customer.findUnique({
    where: { id: customerId },
    select: { id: true, name: true, email: true, stripeId: true },
  });
  if (!customer || customer.stripeId) return;
  const created = await stripe.customers.create({ name: customer.name, email: customer.email ?? undefined });
  await prisma.customer.update({ where: { id: customer.id }, data: { stripeId: created.id } });
}

export async function archiveCustomer(customerId: string) { // ok: missing-auth, missing-input-validation
  const session = await requireUser();
  const id = v.parse(IdSchema, customerId);
  // ruleid: floating-auth-check
  if (!canAccessCustomer(session.user.id, id) && session.user.role !== "OWNER") {
    throw new Error("Not allowed");
  }
  // ruleid: missing-authorization
  await prisma.customer.update({ where: { id }, data: { notes: "[archived]" }, select: { id: true } });
  revalidatePath("/customers");
}

// ruleid: missing-auth
export async function recordCustomerCall(customerId: string, summary: string) { // ok: missing-input-validation
  const input = v.parse(v.object({ id: IdSchema, summary: v.pipe(v.string(), v.maxLength(500)) }), { id: customerId, summary });
  await prisma.customer.update({ where: { id: input.id }, data: { notes: input.summary } });
  const session = await requireUser();
  revalidatePath(`/customers/${input.id}?by=${session.user.id}`);
}

// ok: missing-auth
async function touchCustomer(customerId: string) {
  await prisma.customer.update({ where: { id: customerId }, data: { notes: undefined }, select: { id: true } });
}

export async function pinCustomer(customerId: string) { // ok: missing-auth, missing-input-validation
  const session = await requireUser();
  const id = v.parse(IdSchema, customerId);
  // ok: missing-authorization
  const owned = await prisma.customer.findFirst({ where: { id, workspaceId: session.workspaceId }, select: { id: true } });
  if (!owned) throw new Error("Not found");
  await touchCustomer(owned.id);
  revalidatePath("/customers");
}
