"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { shopProcedure } from "@/lib/zsa";
import { assertShopRole, isShopOwner, getShopRole } from "@/lib/permissions";
import { sendMail } from "@/lib/mailer";
import { checkRateLimit } from "@/lib/rate-limit";

const NewQuote = z.object({
  shopId: z.string().uuid(),
  orderId: z.string().uuid(),
  priceCents: z.number().int().positive(),
  marginCents: z.number().int().nonnegative(),
  validDays: z.number().int().min(1).max(60),
});

// ok: missing-auth, missing-input-validation
export const createQuote = shopProcedure
  .createServerAction()
  .input(NewQuote)
  .handler(async ({ input, ctx }) => {
    // ok: floating-auth-check
    await assertShopRole(ctx.user.id, input.shopId, ["owner", "manager"]);
    // ok: missing-authorization
    const order = await prisma.order.findFirstOrThrow({ where: { id: input.orderId, shopId: input.shopId }, select: { customerId: true, modelId: true } });
    const { validDays, orderId: _o, ...rest } = input;
    // ok: mass-assignment
    const quote = await prisma.quote.create({ data: { ...rest, customerId: order.customerId, modelId: order.modelId, expiresAt: new Date(Date.now() + validDays * 864e5) }, select: { id: true } });
    // ok: excessive-data-exposure
    return quote;
  });

const Reprice = z.object({ shopId: z.string().uuid(), quoteId: z.string().uuid(), priceCents: z.number().int().positive() });

// ok: missing-auth, missing-input-validation
export const repriceQuote = shopProcedure
  .createServerAction()
  .input(Reprice)
  .handler(async ({ input, ctx }) => {
    // why: assertShopRole is async; called as a bare statement without await, its rejection is never observed
    // ruleid: floating-auth-check
    assertShopRole(ctx.user.id, input.shopId, ["owner", "manager"]);
    // why: quote id from the client, not constrained to the shop; the only guard above is floating
    // ruleid: missing-authorization
    await prisma.quote.update({ where: { id: input.quoteId }, data: { priceCents: input.priceCents } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const sendQuote = shopProcedure
  .createServerAction()
  .input(z.object({ shopId: z.string().uuid(), quoteId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    const role = await getShopRole(ctx.user.id, input.shopId);
    if (!role) throw new Error("Forbidden");
    if (!(await checkRateLimit(`send-quote:${input.shopId}`))) throw new Error("Slow down");
    // ok: missing-authorization
    const quote = await prisma.quote.findFirstOrThrow({ where: { id: input.quoteId, shopId: input.shopId }, select: { id: true, priceCents: true, customerId: true } });
    const customer = await prisma.customer.findUniqueOrThrow({ where: { id: quote.customerId }, select: { email: true } });
    await sendMail(customer.email, "Your Spoolworks quote", `<p>Your quote is ready: ${(quote.priceCents / 100).toFixed(2)} EUR</p>`);
    return { sent: true };
  });

// ok: missing-auth, missing-input-validation
export const withdrawQuote = shopProcedure
  .createServerAction()
  .input(z.object({ shopId: z.string().uuid(), quoteId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // why: isShopOwner returns a Promise; `!promise` is always false so non-owners pass
    // ruleid: floating-auth-check
    if (!isShopOwner(ctx.user.id, input.shopId)) throw new Error("Owners only");
    // why: shopId is client-supplied and the owner check above never takes effect
    // ruleid: missing-authorization
    await prisma.quote.updateMany({ where: { id: input.quoteId, shopId: input.shopId }, data: { status: "withdrawn" } });
  });

// ok: missing-auth, missing-input-validation
export const listOpenQuotes = shopProcedure
  .createServerAction()
  .input(z.object({ shopId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: floating-auth-check
    const owner = await isShopOwner(ctx.user.id, input.shopId);
    if (!owner) throw new Error("Owners only");
    // why: full quote rows including marginCents (internal margin)
    const quotes = await prisma.quote.findMany({ where: { shopId: input.shopId, status: "sent" } });
    // ruleid: excessive-data-exposure
    return quotes;
  });
