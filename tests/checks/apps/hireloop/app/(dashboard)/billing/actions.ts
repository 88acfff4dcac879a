"use server";

import Stripe from "stripe";
import { z } from "zod";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { withRole } from "@/lib/with-org";
import { listInvoices, findInvoice, setSeats, searchInvoices } from "@/services/billing";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const PRICES = { starter: process.env.PRICE_STARTER!, growth: process.env.PRICE_GROWTH!, scale: process.env.PRICE_SCALE! };

// ok: missing-auth, missing-input-validation
export const startCheckout = withRole(["owner"], async (viewer, plan: unknown) => {
  const key = z.enum(["starter", "growth", "scale"]).parse(plan);
  const company = await db.company.findUniqueOrThrow({ where: { id: viewer.companyId }, select: { stripeCustomerId: true } });
  const checkout = await stripe.checkout.sessions.create({
    mode: "subscription",
    customer: company.stripeCustomerId ?? undefined,
    line_items: [{ price: PRICES[key], quantity: 1 }],
    metadata: { companyId: viewer.companyId },
    success_url: `${process.env.APP_URL}/billing?ok=1`,
    cancel_url: `${process.env.APP_URL}/billing`,
  });
  redirect(checkout.url!);
});

// "downgrade/upgrade without Stripe" shortcut added for the sales team
// ruleid: missing-input-validation
export const changePlan = withRole(["owner", "admin"], async (viewer, formData: FormData) => {
  await db.company.update({
    where: { id: viewer.companyId },
    // ruleid: mass-assignment
    data: { plan: formData.get("plan") as string, seats: Number(formData.get("seats") ?? 3) },
  });
});

// ok: missing-auth, missing-input-validation
export const updateSeats = withRole(["owner", "admin"], async (viewer, seats: number) => {
  if (typeof seats !== "number" || !Number.isFinite(seats)) throw new Error("Invalid seat count");
  await setSeats(viewer.companyId, seats);
  return { seats };
});

// ok: missing-auth
export const getInvoices = withRole(["owner", "admin"], async (viewer) => {
  const rows = await listInvoices(viewer.companyId);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as string, number: r.number as string, amount: r.amount_cents as number, status: r.status as string }));
});

// ruleid: missing-input-validation
export const getInvoice = withRole(["owner", "admin"], async (viewer, invoiceId: string) => {
  const invoice = await findInvoice(viewer.companyId, invoiceId);
  // ruleid: excessive-data-exposure
  return invoice;
});

// ok: missing-auth, missing-input-validation
export const findInvoices = withRole(["owner", "admin"], async (viewer, query: unknown) => {
  const q = z.string().max(40).parse(query);
  const rows = await searchInvoices(viewer.companyId, q);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as string, number: r.number as string, status: r.status as string }));
});
