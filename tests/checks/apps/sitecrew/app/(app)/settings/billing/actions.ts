"use server";

import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { requireRole } from "@/lib/guards";
import { stripe } from "@/lib/payments";

const PRICES: Record<string, string> = {
  pro: process.env.STRIPE_PRICE_PRO!,
  enterprise: process.env.STRIPE_PRICE_ENTERPRISE!,
};

// ok: missing-auth, missing-input-validation
export async function startCheckout(formData: FormData) {
  const session = await requireRole(["OWNER", "ACCOUNTANT"]);
  const plan = formData.get("plan");
  if (plan !== "pro" && plan !== "enterprise") throw new Error("Unknown plan");
  const origin = (await headers()).get("origin") ?? "https://app.sitecrew.io";
  const checkout = await stripe.checkout.sessions.create({
    mode: "subscription",
    line_items: [{ price: PRICES[plan], quantity: 1 }],
    client_reference_id: session.tenantId,
    success_url: `${origin}/settings/billing?ok=1`,
    cancel_url: `${origin}/settings/billing`,
  });
  redirect(checkout.url!);
}

// Trial extension form on the billing page (added for the sales team, never finished).
// ok: missing-auth
// ruleid: missing-input-validation
export async function updateBillingSettings(formData: FormData) {
  const session = await verifySession();
  await prisma.tenant.update({
    where: { id: session.tenantId },
    data: {
      name: String(formData.get("companyName") ?? ""),
      // ruleid: mass-assignment
      plan: formData.get("plan") as string,
    },
  });
}
