"use server";

import { z } from "zod";
import { randomBytes } from "crypto";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { verifySession } from "@/lib/dal";
import { isOperatorOwner } from "@/lib/guards";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function rotateWebhookSecret(operatorId: string) {
  const user = await verifySession();
  const id = z.string().parse(operatorId);
  if (!(await isOperatorOwner(user.id, id))) throw new Error("Forbidden");
  const secret = randomBytes(32).toString("hex");
  // ok: missing-authorization
  await prisma.operator.update({ where: { id }, data: { webhookSecret: secret } });
  await auditLog(user.id, "operator.webhook_secret_rotated", id);
  return { secret };
}

// ok: missing-auth, missing-input-validation
export async function connectStripe(operatorId: string) {
  const user = await verifySession();
  const id = z.string().parse(operatorId);
  // ruleid: floating-auth-check
  if (!isOperatorOwner(user.id, id)) throw new Error("Forbidden");
  const account = await stripe.accounts.create({ type: "express" });
  // ruleid: missing-authorization
  await prisma.operator.update({ where: { id }, data: { stripeAccountId: account.id } });
  return { accountId: account.id };
}

// ok: missing-auth, missing-input-validation
export async function renameOperator(operatorId: string, name: string) {
  const user = await verifySession();
  const input = z.object({ operatorId: z.string(), name: z.string().min(2).max(80) }).parse({ operatorId, name });
  // ok: missing-authorization
  await prisma.operator.updateMany({ where: { id: input.operatorId, ownerId: user.id }, data: { name: input.name } });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function makeCoOwner(operatorId: string, memberId: string) {
  const user = await verifySession();
  const input = z.object({ operatorId: z.string(), memberId: z.string() }).parse({ operatorId, memberId });
  // ok: missing-authorization
  const op = await prisma.operator.findFirst({ where: { id: input.operatorId, ownerId: user.id }, select: { id: true } });
  if (!op) throw new Error("Forbidden");
  // ok: missing-authorization, mass-assignment
  await prisma.operatorMember.updateMany({ where: { id: input.memberId, operatorId: op.id }, data: { role: "owner" } });
}

// ok: missing-auth, missing-input-validation
export async function getOperatorSettings(operatorId: string) {
  const user = await verifySession();
  const id = z.string().parse(operatorId);
  // ok: missing-authorization
  const op = await prisma.operator.findFirst({ where: { id, ownerId: user.id } });
  // ruleid: excessive-data-exposure
  return op;
}
