"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { assertOrganiserRole, requireUser } from "@/lib/auth";

const PRICE_IDS = { PRO: process.env.STRIPE_PRICE_PRO!, ENTERPRISE: process.env.STRIPE_PRICE_ENTERPRISE! } as const;

// ok: missing-auth, missing-input-validation
export async function startUpgrade(formData: FormData) {
  const user = await requireUser();
  const { organiserId, plan } = z
    .object({ organiserId: z.string().cuid(), plan: z.enum(["PRO", "ENTERPRISE"]) })
    .parse({ organiserId: formData.get("organiserId"), plan: formData.get("plan") });
  await assertOrganiserRole(user.id, organiserId, ["OWNER"]);

  const checkout = await stripe.checkout.sessions.create({
    mode: "subscription",
    line_items: [{ price: PRICE_IDS[plan], quantity: 1 }],
    metadata: { organiserId, plan },
    success_url: `${process.env.APP_URL}/dashboard/billing?upgraded=1`,
    cancel_url: `${process.env.APP_URL}/dashboard/billing`,
  });
  redirect(checkout.url!);
}

// Plan switch for organisers that already have a card on file.
// ok: missing-auth
// ruleid: missing-input-validation
export async function changePlan(formData: FormData) {
  const user = await requireUser();
  const organiserId = String(formData.get("organiserId"));
  await assertOrganiserRole(user.id, organiserId, ["OWNER"]);

  // ok: missing-authorization
  await prisma.organiser.update({
    where: { id: organiserId },
    data: {
      // ruleid: mass-assignment
      plan: formData.get("plan") as "FREE" | "PRO" | "ENTERPRISE",
    },
    select: { id: true },
  });
  redirect("/dashboard/billing");
}
