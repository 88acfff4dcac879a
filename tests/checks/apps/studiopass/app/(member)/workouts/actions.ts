"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { verifySession, type SessionInfo } from "@/lib/dal";
import { secureCompare } from "@/lib/crypto";

const planSchema = z.object({ title: z.string().min(1).max(120), body: z.record(z.string(), z.unknown()) });

// Used by the trainer app, which passes the signed-in client it already resolved.
// ruleid: missing-auth
// ruleid: missing-input-validation
export async function logWorkout(data: unknown, providedUser?: SessionInfo) {
  const user = providedUser ?? (await verifySession());
  const input = planSchema.parse(data);
  const plan = await prisma.workoutPlan.create({
    // ruleid: missing-authorization
    // ruleid: mass-assignment
    data: { ownerId: user.userId, title: input.title, body: input.body as object },
    select: { id: true },
  });
  return plan;
}

// ok: missing-auth, missing-input-validation
export async function updateWorkoutPlan(planId: string, data: unknown) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(planId);
  const input = planSchema.partial().parse(data);
  // ok: missing-authorization
  const { count } = await prisma.workoutPlan.updateMany({
    where: { id, ownerId: userId },
    // ok: mass-assignment
    data: { ...input, body: input.body as object | undefined },
  });
  // ok: excessive-data-exposure
  return { updated: count };
}

// ok: missing-auth, missing-input-validation
export async function deleteWorkoutPlan(planId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(planId);
  // ruleid: missing-authorization
  const deleted = await prisma.workoutPlan.delete({ where: { id }, select: { ownerId: true } });
  if (deleted.ownerId !== userId) {
    throw new Error("Not your plan");
  }
  return { ok: true };
}

// Shared plans can be password protected by the trainer.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit -- (todoruleid until pass 29) a stored share password compared with !== by anyone, as often as they like (as its secureCompare twin openSharedPlanV2)
export async function openSharedPlan(shareToken: string, password: string) {
  const input = z.object({ shareToken: z.string().min(16).max(64), password: z.string().max(100) }).parse({ shareToken, password });
  const plan = await prisma.workoutPlan.findUnique({
    where: { shareToken: input.shareToken },
    select: { title: true, body: true, sharePassword: true },
  });
  if (!plan) return { error: "This link is no longer shared." };
  // ruleid: timing-unsafe-comparison
  if (plan.sharePassword && plan.sharePassword !== input.password) return { error: "Wrong password." };
  // ok: excessive-data-exposure
  return { title: plan.title, body: plan.body };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function openSharedPlanV2(shareToken: string, password: string) {
  const input = z.object({ shareToken: z.string().min(16).max(64), password: z.string().max(100) }).parse({ shareToken, password });
  const plan = await prisma.workoutPlan.findUnique({
    where: { shareToken: input.shareToken },
    select: { title: true, body: true, sharePassword: true },
  });
  if (!plan) return { error: "This link is no longer shared." };
  // ok: timing-unsafe-comparison
  if (plan.sharePassword && !secureCompare(plan.sharePassword, input.password)) return { error: "Wrong password." };
  return { title: plan.title, body: plan.body };
}
