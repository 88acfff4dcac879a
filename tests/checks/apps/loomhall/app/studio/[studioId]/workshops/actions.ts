"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { withStudio } from "@/lib/wrappers";
import { workshopSchema } from "@/lib/validation";

// ok: missing-auth, missing-input-validation
export const createWorkshop = withStudio(async (formData, ctx) => {
  const data = workshopSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment
  await prisma.workshop.create({ data: { ...data, studioId: ctx.studioId }, select: { id: true } });
  revalidatePath(`/studio/${ctx.studioId}/workshops`);
});

// ok: missing-auth
// ruleid: missing-input-validation
export const updateWorkshop = withStudio(async (formData, ctx) => {
  const { id, studioId: _s, ...fields } = Object.fromEntries(formData) as Record<string, string>;
  // ruleid: mass-assignment
  // ok: missing-authorization
  await prisma.workshop.updateMany({ where: { id, studioId: ctx.studioId }, data: fields });
  revalidatePath(`/studio/${ctx.studioId}/workshops`);
});

// ok: missing-auth, missing-input-validation
export const publishWorkshop = withStudio(async (formData, ctx) => {
  const id = z.string().cuid().parse(formData.get("workshopId"));
  // ruleid: missing-authorization
  await prisma.workshop.update({ where: { id }, data: { published: true }, select: { id: true } });
  revalidatePath(`/studio/${ctx.studioId}/workshops`);
});

// ok: missing-auth, missing-input-validation
export const deleteWorkshop = withStudio(async (formData, ctx) => {
  if (ctx.role !== "LEAD") throw new Error("Only studio leads can delete workshops");
  const id = z.string().cuid().parse(formData.get("workshopId"));
  // ok: missing-authorization
  await prisma.workshop.deleteMany({ where: { id, studioId: ctx.studioId } });
  revalidatePath(`/studio/${ctx.studioId}/workshops`);
});

// ok: missing-auth
// ruleid: missing-input-validation
export const renameWorkshop = withStudio(async (formData, ctx) => {
  const id = formData.get("workshopId") as string;
  const title = formData.get("title") as string;
  // ok: missing-authorization, mass-assignment
  await prisma.workshop.updateMany({ where: { id, studioId: ctx.studioId }, data: { title } });
});
