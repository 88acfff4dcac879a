"use server";

import Stripe from "stripe";
import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { getMembership } from "@/lib/dal";
import { hasRole } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// ok: missing-auth, missing-input-validation, missing-authorization
export async function openBillingPortal(slug: string) {
  const m = await getMembership(slug);
  if (!hasRole(m.role, "admin") && m.role !== "billing") throw new Error("Forbidden");
  const ws = await prisma.workspace.findUniqueOrThrow({ where: { id: m.workspaceId }, select: { stripeCustomer: true } });
  const portal = await stripe.billingPortal.sessions.create({ customer: ws.stripeCustomer!, return_url: `https://app.helmdesk.app/w/${slug}/settings/billing` });
  redirect(portal.url);
}

const SeatsSchema = z.object({ seats: z.coerce.number().int().min(1).max(500) });

// ok: missing-auth, missing-input-validation
export async function updateSeats(slug: string, formData: FormData) {
  const m = await getMembership(slug);
  if (!hasRole(m.role, "admin")) throw new Error("Forbidden");
  const { seats } = SeatsSchema.parse({ seats: formData.get("seats") });
  const sub = await prisma.$queryRaw<{ item_id: string }[]>`select stripe_item_id as item_id from subscriptions where workspace_id = ${m.workspaceId}`;
  await stripe.subscriptionItems.update(sub[0].item_id, { quantity: seats });
  // ok: mass-assignment
  await prisma.workspace.update({ where: { id: m.workspaceId }, data: { seats } });
  await auditLog({ workspaceId: m.workspaceId, actorId: m.userId, action: "billing.seats_changed", meta: { seats } });
  return { ok: true };
}

// ruleid: missing-input-validation
export async function changePlan(slug: string, formData: FormData) {
  const m = await getMembership(slug);
  if (!hasRole(m.role, "admin")) throw new Error("Forbidden");
  const plan = formData.get("plan") as string;
  await prisma.workspace.update({
    where: { id: m.workspaceId },
    // ruleid: mass-assignment
    data: { plan, trialEndsAt: null },
  });
  return { ok: true };
}
