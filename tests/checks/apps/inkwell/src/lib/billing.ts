"use server";

import { prisma } from "~/lib/prisma";

// Helpers for the Stripe webhook. This module is "use server", so every export is
// also a callable action.

// ruleid: missing-auth
// ruleid: missing-input-validation
export async function applyPlanChange(workspaceId: string, plan: string) {
  // ruleid: mass-assignment
  await prisma.workspace.update({ where: { id: workspaceId }, data: { plan } });
}

// ruleid: missing-auth
// ruleid: missing-input-validation
export async function addCredits(userId: string, amount: number) {
  // ruleid: mass-assignment
  await prisma.user.update({ where: { id: userId }, data: { credits: { increment: amount } } });
}

// ok: missing-auth -- reads a public price table
export async function getPlans() {
  return [
    { id: "free", credits: 50, priceCents: 0 },
    { id: "pro", credits: 1_000, priceCents: 1_200 },
    { id: "team", credits: 5_000, priceCents: 4_900 },
  ];
}
