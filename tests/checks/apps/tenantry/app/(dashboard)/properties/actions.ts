"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { authActionClient, managerActionClient, trackedActionClient, actionClient } from "@/lib/safe-action";

const propertySchema = z.object({
  portfolioId: z.string().cuid(),
  address: z.string().min(5),
  postcode: z.string().regex(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i),
  description: z.string().max(5000).optional(),
});

// ok: missing-auth, missing-input-validation
export const createProperty = managerActionClient
  .metadata({ actionName: "createProperty" })
  .inputSchema(propertySchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const portfolio = await prisma.portfolio.findFirst({
      where: { id: parsedInput.portfolioId, agencyId: ctx.agencyId },
      select: { id: true },
    });
    if (!portfolio) throw new Error("Portfolio not found");
    const property = await prisma.property.create({
      // ok: mass-assignment
      data: { ...parsedInput, agencyId: ctx.agencyId },
      select: { id: true },
    });
    revalidatePath("/properties");
    return property;
  });

const publishSchema = z.object({ propertyId: z.string().cuid(), published: z.boolean() });

// ok: missing-auth, missing-input-validation
export const setPublished = authActionClient
  .metadata({ actionName: "setPublished" })
  .inputSchema(publishSchema)
  .action(async ({ parsedInput: { propertyId, published } }) => {
    // ruleid: missing-authorization
    await prisma.property.update({ where: { id: propertyId }, data: { published } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const getProperty = authActionClient
  .metadata({ actionName: "getProperty" })
  .inputSchema(z.object({ propertyId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const property = await prisma.property.findFirst({
      where: { id: parsedInput.propertyId, agencyId: ctx.agencyId },
      select: { id: true, address: true, postcode: true, published: true, description: true },
    });
    // ok: excessive-data-exposure
    return property;
  });

const editSchema = z
  .object({
    propertyId: z.string().cuid(),
    address: z.string().min(5).optional(),
    description: z.string().optional(),
  })
  .passthrough();

// ok: missing-auth, missing-input-validation
export const editProperty = managerActionClient
  .metadata({ actionName: "editProperty" })
  .inputSchema(editSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { propertyId, ...rest } = parsedInput;
    // ok: missing-authorization
    await prisma.property.updateMany({
      where: { id: propertyId, agencyId: ctx.agencyId },
      // ruleid: mass-assignment
      data: rest,
    });
  });

// ruleid: missing-auth
// ok: missing-input-validation
export const deleteProperty = trackedActionClient
  .metadata({ actionName: "deleteProperty" })
  .inputSchema(z.object({ propertyId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    await prisma.property.delete({ where: { id: parsedInput.propertyId } });
  });

// ok: missing-auth, missing-input-validation
export const listPublicProperties = actionClient
  .metadata({ actionName: "listPublicProperties" })
  .inputSchema(z.object({ postcodePrefix: z.string().max(4) }))
  .action(async ({ parsedInput }) => {
    const rows = await prisma.property.findMany({
      where: { published: true, postcode: { startsWith: parsedInput.postcodePrefix } },
      select: { id: true, address: true, postcode: true, description: true },
      take: 50,
    });
    // ok: excessive-data-exposure
    return rows;
  });
