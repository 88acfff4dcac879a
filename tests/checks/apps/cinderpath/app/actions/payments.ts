"use server";

import { z } from "zod";
import Stripe from "stripe";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { requireUser } from "@/lib/auth";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// ok: missing-auth, missing-input-validation
export async function startCheckout(formData: FormData) {
  const user = await requireUser();
  const { registrationId } = z.object({ registrationId: z.string().cuid() }).parse({ registrationId: formData.get("registrationId") });
  // ok: missing-authorization
  const reg = await prisma.registration.findFirst({ where: { id: registrationId, userId: user.id, status: "PENDING" }, select: { id: true, race: { select: { name: true, priceCents: true } } } });
  if (!reg) throw new Error("Registration not found");
  const checkout = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price_data: { currency: "eur", unit_amount: reg.race.priceCents, product_data: { name: reg.race.name } }, quantity: 1 }],
    metadata: { registrationId: reg.id },
    success_url: "https://cinderpath.run/me?paid=1",
    cancel_url: "https://cinderpath.run/me",
  });
  redirect(checkout.url!);
}

// Called by the Stripe webhook route after payment. Exported from a "use server" module, so it is also an action.
// ruleid: missing-auth, missing-input-validation
export async function markRegistrationPaid(registrationId: string) {
  await prisma.registration.update({ where: { id: registrationId }, data: { status: "PAID" } });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function continueAfterRegistration(formData: FormData) {
  await requireUser();
  const next = formData.get("next") as string;
  redirect(next || "/me");
}
