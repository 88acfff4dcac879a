"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { authActionClient, pantryActionClient } from "@/lib/safe-action";
import { lotSchema, lotUpdateSchema } from "@/lib/validation/schemas";
import { canEditLot } from "@/lib/auth/guards";
import { ActionError } from "@/lib/errors";
import { findLotsBySkuPrefix, listLotsForPantry } from "@/lib/data/lots";

// ok: missing-auth, missing-input-validation
export const createLot = pantryActionClient
  .metadata({ actionName: "createLot" })
  .bindArgsSchemas<[pantryId: z.ZodString]>([z.string()])
  .schema(lotSchema)
  .action(async ({ parsedInput, ctx }) => {
    // ok: mass-assignment, missing-authorization
    const lot = await prisma.lot.create({ data: { ...parsedInput, pantryId: ctx.pantryId }, select: { id: true } });
    return { id: lot.id };
  });

// ok: missing-auth, missing-input-validation
export const updateLot = authActionClient
  .metadata({ actionName: "updateLot" })
  .schema(lotUpdateSchema)
  .action(async ({ parsedInput }) => {
    const { lotId, ...changes } = parsedInput;
    // ruleid: missing-authorization
    await prisma.lot.update({ where: { id: lotId }, data: changes });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const adjustQuantity = authActionClient
  .metadata({ actionName: "adjustQuantity" })
  .schema(z.object({ lotId: z.string().cuid(), delta: z.number().int() }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    if (!canEditLot(ctx.user.id, parsedInput.lotId)) throw new ActionError("You cannot edit this lot");
    // ruleid: missing-authorization
    await prisma.lot.update({ where: { id: parsedInput.lotId }, data: { quantity: { increment: parsedInput.delta } } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const setLotStatus = authActionClient
  .metadata({ actionName: "setLotStatus" })
  .schema(z.object({ lotId: z.string().cuid(), status: z.enum(["available", "reserved", "expired"]) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    const allowed = await canEditLot(ctx.user.id, parsedInput.lotId);
    if (!allowed) throw new ActionError("You cannot edit this lot");
    // ok: missing-authorization
    await prisma.lot.update({ where: { id: parsedInput.lotId }, data: { status: parsedInput.status } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const deleteLot = pantryActionClient
  .metadata({ actionName: "deleteLot" })
  .bindArgsSchemas<[pantryId: z.ZodString]>([z.string()])
  .schema(z.object({ lotId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const { count } = await prisma.lot.deleteMany({ where: { id: parsedInput.lotId, pantryId: ctx.pantryId } });
    return { deleted: count };
  });

// ok: missing-auth, missing-input-validation
export const scanSku = pantryActionClient
  .metadata({ actionName: "scanSku" })
  .bindArgsSchemas<[pantryId: z.ZodString]>([z.string()])
  .schema(z.object({ prefix: z.string().min(2).max(20) }))
  .action(async ({ parsedInput, ctx }) => {
    const rows = await findLotsBySkuPrefix(ctx.pantryId, parsedInput.prefix);
    // ok: excessive-data-exposure
    return rows.map((r) => ({ id: r.id as string, sku: r.sku as string, quantity: r.quantity as number }));
  });

// ok: missing-auth, missing-input-validation
export const listLots = pantryActionClient
  .metadata({ actionName: "listLots" })
  .bindArgsSchemas<[pantryId: z.ZodString]>([z.string()])
  .schema(z.object({ sort: z.enum(["expiry", "qty", "sku"]).default("expiry") }))
  .action(async ({ parsedInput, ctx }) => {
    const rows = await listLotsForPantry(ctx.pantryId, parsedInput.sort);
    // ok: excessive-data-exposure
    return rows;
  });
