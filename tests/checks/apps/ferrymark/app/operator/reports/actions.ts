"use server";

import { z } from "zod";
import { getOperatorContext } from "@/lib/wrappers";
import { revenueByGrouping, revenueBetween, loadFactor, topCustomers } from "@/lib/reports";
import { isOperatorOwner } from "@/lib/guards";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function revenueReport(grouping: string) {
  const ctx = await getOperatorContext();
  if (!ctx) return { error: "Forbidden" };
  const g = z.enum(["day", "route"]).parse(grouping);
  try {
    return { rows: await revenueByGrouping(ctx.operatorId, g) };
  } catch (e) {
    // ruleid: information-disclosure
    return { error: e };
  }
}

// ok: missing-auth, missing-input-validation
export async function revenueRange(from: string, to: string) {
  const ctx = await getOperatorContext();
  if (!ctx) return { error: "Forbidden" };
  const r = z.object({ from: z.string().max(30), to: z.string().max(30) }).parse({ from, to });
  try {
    return { cents: await revenueBetween(ctx.operatorId, r.from, r.to) };
  } catch (e) {
    // ruleid: information-disclosure
    return { error: "Report failed", detail: (e as Error).stack };
  }
}

// ok: missing-auth, missing-input-validation
export async function loadReport(routeIds: string[]) {
  const ctx = await getOperatorContext();
  if (!ctx) return { error: "Forbidden" };
  const ids = z.array(z.string()).max(50).parse(routeIds);
  try {
    return { rows: await loadFactor(ctx.operatorId, ids) };
  } catch {
    // ok: information-disclosure
    return { error: "Report failed" };
  }
}

// ok: missing-auth, missing-input-validation
export async function ownerPayoutAccount(operatorId: string) {
  const user = await verifySession();
  const input = z.object({ operatorId: z.string() }).parse({ operatorId });
  // ruleid: floating-auth-check
  if (!isOperatorOwner(user.id, input.operatorId)) return { error: "Owner only" };
  // ruleid: missing-authorization
  const op = await prisma.operator.findUnique({ where: { id: input.operatorId }, select: { name: true, stripeAccountId: true } });
  return { name: op?.name, stripeAccountId: op?.stripeAccountId };
}

// ok: missing-auth, missing-input-validation
export async function ownerTopCustomers(operatorId: string, limit: string) {
  const user = await verifySession();
  const id = z.string().parse(operatorId);
  const top = z.string().max(12).parse(limit);
  const owner = await isOperatorOwner(user.id, id);
  // ok: floating-auth-check
  if (!owner) return { error: "Owner only" };
  return { rows: await topCustomers(id, top) };
}
