"use server";

import { z } from "zod";
import { auth, currentUser } from "@clerk/nextjs/server";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { redirect } from "next/navigation";

// Customer portal (Clerk). Customer ids are Clerk user ids.

// ok: missing-auth, missing-input-validation
export async function acceptQuote(quoteId: string) {
  const { userId } = await auth();
  if (!userId) redirect("/sign-in");
  const id = z.string().cuid().parse(quoteId);
  // ok: missing-authorization
  const res = await prisma.quote.updateMany({ where: { id, customerId: userId, status: "sent" }, data: { status: "accepted" } });
  revalidatePath("/portal/quotes");
  return { accepted: res.count === 1 };
}

// ok: missing-auth, missing-input-validation
export async function declineQuote(quoteId: string) {
  const { userId } = await auth();
  if (!userId) redirect("/sign-in");
  const id = z.string().cuid().parse(quoteId);
  // ruleid: missing-authorization
  await prisma.quote.update({ where: { id }, data: { status: "declined" }, select: { id: true } });
  revalidatePath("/portal/quotes");
}

// ok: missing-auth, missing-input-validation
export async function payDeposit(quoteId: string) {
  const { userId } = await auth.protect();
  const id = z.string().cuid().parse(quoteId);
  // ok: missing-authorization
  const quote = await prisma.quote.findFirst({ where: { id, customerId: userId }, select: { id: true, depositCents: true } });
  if (!quote) return { error: "Quote not found" };
  const checkout = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price_data: { currency: "eur", unit_amount: quote.depositCents, product_data: { name: "Commission deposit" } }, quantity: 1 }],
    metadata: { quoteId: quote.id, customerId: userId },
    success_url: `${process.env.APP_URL}/portal/quotes/${quote.id}?paid=1`,
    cancel_url: `${process.env.APP_URL}/portal/quotes/${quote.id}`,
  });
  redirect(checkout.url!);
}

// ok: missing-auth, missing-input-validation
export async function getQuote(quoteId: string) {
  const { userId } = await auth();
  if (!userId) return null;
  const id = z.string().cuid().parse(quoteId);
  // ok: missing-authorization
  const quote = await prisma.quote.findFirst({ where: { id, customerId: userId } });
  // ruleid: excessive-data-exposure
  return quote;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function quoteForCustomer(quoteId: string) {
  const user = await currentUser();
  const id = z.string().cuid().parse(quoteId);
  const quote = await prisma.quote.findFirst({ where: { id, customerId: user?.id }, select: { id: true, amountCents: true, depositCents: true, status: true } });
  // ok: excessive-data-exposure
  return quote;
}
