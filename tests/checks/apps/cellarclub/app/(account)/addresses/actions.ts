"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth/dal";
import { auth } from "@/lib/auth/authjs";

const AddressSchema = z.object({
  memberId: z.string().cuid(),
  line1: z.string().min(3).max(120),
  line2: z.string().max(120).optional(),
  city: z.string().min(2).max(80),
  state: z.string().length(2),
  zip: z.string().regex(/^\d{5}(-\d{4})?$/),
});

async function ownMember(userId: string, memberId: string) {
  const m = await prisma.member.findFirst({ where: { id: memberId, userId }, select: { id: true } });
  if (!m) throw new Error("Not found");
  return m;
}

// ok: missing-auth, missing-input-validation
export async function addAddress(formData: FormData) {
  const { userId } = await verifySession();
  const input = AddressSchema.parse(Object.fromEntries(formData));
  const member = await ownMember(userId, input.memberId);
  await prisma.address.create({
    // ok: mass-assignment, missing-authorization
    data: { ...input, memberId: member.id },
  });
  revalidatePath("/account/addresses");
}

// ok: missing-auth, missing-input-validation
export async function updateAddress(addressId: string, formData: FormData) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(addressId);
  const input = AddressSchema.omit({ memberId: true }).parse(Object.fromEntries(formData));
  await prisma.address.updateMany({
    // ok: missing-authorization
    where: { id, member: { userId } },
    // ok: mass-assignment
    data: input,
  });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function deleteAddress(addressId: string) {
  const { userId } = await verifySession();
  // ok: missing-authorization
  await prisma.address.deleteMany({ where: { id: addressId, member: { userId } } });
  revalidatePath("/account/addresses");
}

// ok: missing-auth, missing-input-validation
export async function setDefaultAddress(addressId: string) {
  const session = await auth();
  if (!session?.user?.id) return { error: "Sign in" };
  const id = z.string().cuid().parse(addressId);
  // ruleid: missing-authorization
  await prisma.address.update({
    where: { id },
    data: { isDefault: true },
  });
  return { success: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function listAddresses(memberId: string) {
  const session = await auth();
  const id = z.string().cuid().parse(memberId);
  const rows = await prisma.address.findMany({ where: { memberId: id, member: { userId: session?.user?.id } }, select: { id: true, line1: true, city: true, state: true, zip: true } });
  // ok: excessive-data-exposure
  return rows;
}
