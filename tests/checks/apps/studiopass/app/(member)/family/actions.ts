"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db";
import { validatedActionWithUser } from "@/lib/wrappers";
import { isParentOf, verifySession } from "@/lib/dal";
import { idSchema } from "@/lib/validation";

const childSchema = z.object({
  firstName: z.string().trim().min(1).max(60),
  lastName: z.string().trim().min(1).max(60),
  birthDate: z.coerce.date().max(new Date()),
});

// ok: missing-auth, missing-input-validation
export const addChild = validatedActionWithUser(childSchema, async (data, _formData, user) => {
  const parent = await prisma.member.findFirst({ where: { userId: user.userId }, select: { id: true, studioId: true } });
  if (!parent) return { error: "Create your own member profile first." };
  await prisma.member.create({
    data: {
      // ok: mass-assignment
      ...data,
      parentMemberId: parent.id,
      studioId: parent.studioId,
    },
  });
  revalidatePath("/family");
  return { ok: true };
});

const updateChildSchema = childSchema.partial().extend({ childId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export const updateChild = validatedActionWithUser(updateChildSchema, async ({ childId, ...changes }, _formData, user) => {
  // ruleid: missing-authorization
  await prisma.member.update({ where: { id: childId }, data: changes });
  revalidatePath("/family");
  return { ok: true, by: user.userId };
});

// ok: missing-auth, missing-input-validation
export async function removeChild(childId: string) {
  const { userId } = await verifySession();
  const id = idSchema.parse(childId);
  // ruleid: floating-auth-check
  const allowed = isParentOf(userId, id);
  if (!allowed) throw new Error("Not your child");
  // ruleid: missing-authorization
  await prisma.member.update({ where: { id }, data: { status: "removed", parentMemberId: null } });
  revalidatePath("/family");
}

// ok: missing-auth, missing-input-validation
export async function transferChildToSelfManaged(childId: string, email: string) {
  const { userId } = await verifySession();
  const input = z.object({ childId: z.string().cuid(), email: z.string().email() }).parse({ childId, email });
  // ok: floating-auth-check
  const allowed = await isParentOf(userId, input.childId);
  if (!allowed) throw new Error("Not your child");
  // ok: missing-authorization
  await prisma.member.update({ where: { id: input.childId }, data: { email: input.email, parentMemberId: null } });
}
