"use server";

import { z } from "zod";
import { createServerAction } from "zsa";
import { authedProcedure, rateLimitedAuthedProcedure } from "@/lib/zsa";
import { prisma } from "@/lib/db/prisma";
import { householdSchema } from "@/lib/validators";
import { canManagePantry, isNetworkAdmin, getMembership } from "@/lib/auth/guards";
import { sendSms } from "@/lib/sms";

// ok: missing-auth, missing-input-validation
export const registerHousehold = authedProcedure
  .createServerAction()
  .input(householdSchema)
  .handler(async ({ input, ctx }) => {
    // ok: floating-auth-check
    if (!(await canManagePantry(ctx.user.id, input.pantryId))) throw new Error("Forbidden");
    const pantry = await prisma.pantry.findUnique({ where: { id: input.pantryId }, select: { networkId: true } });
    // ok: mass-assignment
    return prisma.household.create({ data: { ...input, networkId: pantry!.networkId }, select: { id: true } });
  });

// ok: missing-auth, missing-input-validation
export const getHousehold = authedProcedure
  .createServerAction()
  .input(z.object({ householdId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // why: any signed-in user can read any household's private record (income, SSN digits) by id
    // ruleid: missing-authorization
    const household = await prisma.household.findUnique({ where: { id: input.householdId }, select: { id: true, headName: true, phone: true, incomeBracket: true, ssnLast4: true } });
    return household;
  });

// ok: missing-auth, missing-input-validation
export const listPantryHouseholds = authedProcedure
  .createServerAction()
  .input(z.object({ pantryId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: floating-auth-check
    if (!(await canManagePantry(ctx.user.id, input.pantryId))) throw new Error("Forbidden");
    // ok: missing-authorization
    const rows = await prisma.household.findMany({ where: { pantryId: input.pantryId } });
    // ok: excessive-data-exposure
    return rows.map((h) => ({ id: h.id, headName: h.headName, dietaryNeeds: h.dietaryNeeds }));
  });

// ok: missing-auth, missing-input-validation
export const removeHousehold = authedProcedure
  .createServerAction()
  .input(z.object({ householdId: z.string().cuid(), networkId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // why: async admin check not awaited — a Promise is always truthy, so the guard never fires
    // ruleid: floating-auth-check
    if (!isNetworkAdmin(ctx.user.id, input.networkId)) throw new Error("Forbidden");
    // why: scoped only by the client's networkId, and the admin check above never runs
    // ruleid: missing-authorization
    await prisma.household.deleteMany({ where: { id: input.householdId, networkId: input.networkId } });
    return { done: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const textHousehold = rateLimitedAuthedProcedure
  .createServerAction()
  .input(z.object({ householdId: z.string().cuid(), message: z.string().min(1).max(320) }))
  .handler(async ({ input, ctx }) => {
    const h = await prisma.household.findUnique({ where: { id: input.householdId }, select: { phone: true, networkId: true } });
    if (!h?.phone) throw new Error("No phone");
    // ok: floating-auth-check
    const m = await getMembership(ctx.user.id, h.networkId);
    if (!m || m.role === "driver") throw new Error("Forbidden");
    await sendSms(h.phone, input.message);
    return { sent: true };
  });

// why: plain createServerAction with no procedure — no auth at all, reads private household records
// ruleid: missing-auth
// ok: missing-input-validation
export const lookupHouseholdByPhone = createServerAction()
  .input(z.object({ phone: z.string().min(7).max(20) }))
  .handler(async ({ input }) => {
    // ok: excessive-data-exposure
    return prisma.household.findFirst({ where: { phone: input.phone }, select: { id: true, headName: true, pantryId: true } });
  });
