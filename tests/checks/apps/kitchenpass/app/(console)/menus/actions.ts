"use server";

import { auth, currentUser } from "@clerk/nextjs/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { MenuItemSchema } from "@/lib/validation/schemas";

async function venueForOrg(venueId: string, orgId: string) {
  return prisma.venue.findFirst({ where: { id: venueId, groupId: orgId }, select: { id: true } });
}

// ok: missing-auth, missing-input-validation
export async function createMenuItem(venueId: string, formData: FormData) {
  const { orgId } = await auth.protect();
  const id = z.string().cuid().parse(venueId);
  const venue = await venueForOrg(id, orgId!);
  if (!venue) redirect("/menus");
  const data = MenuItemSchema.parse(Object.fromEntries(formData));
  await prisma.menuItem.create({
    // ok: mass-assignment
    data: { ...data, venueId: venue.id },
  });
  revalidatePath(`/menus/${venue.id}`);
}

// ok: missing-auth, missing-input-validation
export async function updateMenuItem(itemId: string, formData: FormData) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) redirect("/sign-in");
  const id = z.string().cuid().parse(itemId);
  const data = MenuItemSchema.partial().parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await prisma.menuItem.update({
    where: { id, venue: { groupId: orgId } },
    // ok: mass-assignment
    data,
  });
}

// ok: missing-auth, missing-input-validation
export async function publishMenuItem(itemId: string) {
  const { userId, has } = await auth();
  if (!userId) throw new Error("Unauthorized");
  if (!has({ role: "org:admin" })) throw new Error("Admins only");
  const id = z.string().cuid().parse(itemId);
  // ok: missing-authorization
  await prisma.menuItem.update({ where: { id }, data: { published: true } });
}

// ok: missing-auth, missing-input-validation
export async function deleteMenuItem(itemId: string) {
  const { userId } = await auth();
  if (!userId) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(itemId);
  // ruleid: missing-authorization
  await prisma.menuItem.delete({ where: { id } });
  revalidatePath("/menus");
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function renameMenuItem(itemId: string, name: string) {
  const user = await currentUser();
  const input = z.object({ id: z.string().cuid(), name: z.string().min(1).max(120) }).parse({ id: itemId, name });
  console.log("rename by", user?.id);
  await prisma.menuItem.update({ where: { id: input.id }, data: { name: input.name } });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function importMenu(venueId: string, items: Array<{ name: string; priceCents: number; published?: boolean }>) {
  const { orgId } = await auth.protect();
  const venue = await venueForOrg(venueId, orgId!);
  if (!venue) throw new Error("Not found");
  await prisma.menuItem.createMany({
    // ruleid: mass-assignment
    data: items.map((item) => ({ ...item, venueId: venue.id })),
  });
}

// ok: missing-auth, missing-input-validation
export async function getMenuItem(itemId: string) {
  const { orgId } = await auth.protect();
  const id = z.string().cuid().parse(itemId);
  // ok: missing-authorization
  const item = await prisma.menuItem.findFirst({ where: { id, venue: { groupId: orgId! } }, include: { venue: true } });
  // ruleid: excessive-data-exposure
  return item;
}

// ok: missing-auth, missing-input-validation
export async function publicMenu(slug: string) {
  const s = z.string().regex(/^[a-z0-9-]+$/).parse(slug);
  // ok: excessive-data-exposure
  return prisma.menuItem.findMany({ where: { venue: { slug: s }, published: true }, select: { name: true, description: true, priceCents: true, photoUrl: true } });
}
