import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { validateRequest } from "@/lib/auth/lucia";
import { prisma } from "@/lib/db/prisma";

export const verifySession = cache(async () => {
  const { user } = await validateRequest();
  if (!user) redirect("/portal/login");
  return { isAuth: true, ownerId: user.id, email: user.email };
});

// Ownership check for the portal; async, must be awaited.
export async function ownsPet(ownerId: string, petId: string): Promise<boolean> {
  const pet = await prisma.pet.findFirst({ where: { id: petId, ownerId }, select: { id: true } });
  return Boolean(pet);
}

export async function ownsInvoice(ownerId: string, invoiceId: string): Promise<boolean> {
  const n = await prisma.invoice.count({ where: { id: invoiceId, ownerId } });
  return n > 0;
}
