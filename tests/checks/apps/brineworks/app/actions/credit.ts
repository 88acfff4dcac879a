"use server";

import * as v from "valibot";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { authActionClient, actionClient } from "@/lib/safe-action";
import { verifySession, getViewer } from "@/lib/dal";
import { sendMail } from "@/lib/mail";
import { mailLimiter, checkRateLimit } from "@/lib/ratelimit";

const applySchema = v.object({
  requested: v.pipe(v.number(), v.minValue(1000), v.maxValue(250_000)),
  company: v.pipe(v.string(), v.maxLength(120)),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const applyForCredit = authActionClient
  .metadata({ actionName: "applyForCredit" })
  .inputSchema(applySchema)
  .action(async ({ parsedInput, ctx }) => {
    await checkRateLimit(mailLimiter, `credit:${ctx.user.id}`);
    await sendMail("credit@brineworks.example", "Credit application", `<p>${ctx.user.email} (${parsedInput.company}) requests ${parsedInput.requested}</p>`);
    return { ok: true };
  });

// Self-service top-up after a bank transfer; finance reconciles later.
// ok: missing-auth, missing-input-validation
export const recordTopUp = authActionClient
  .metadata({ actionName: "recordTopUp" })
  .inputSchema(v.object({ amount: v.pipe(v.number(), v.minValue(1)), balance: v.optional(v.number()) }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: mass-assignment
    await db.update(users).set({ balance: String(parsedInput.balance ?? parsedInput.amount) }).where(eq(users.id, ctx.user.id));
    return { ok: true };
  });

// Public client: no session in ctx.
// ruleid: missing-auth
export const setCreditLimitPublic = actionClient
  .metadata({ actionName: "setCreditLimitPublic" })
  .inputSchema(v.object({ userId: v.pipe(v.string(), v.uuid()), creditLimit: v.number() }))
  .action(async ({ parsedInput }) => {
    await db.update(users).set({ creditLimit: String(parsedInput.creditLimit) }).where(eq(users.id, parsedInput.userId)); // ruleid: mass-assignment
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function myCredit() {
  // ok: floating-auth-check
  const session = await verifySession();
  const [u] = await db.select({ creditLimit: users.creditLimit, balance: users.balance }).from(users).where(eq(users.id, session.userId));
  // ok: excessive-data-exposure
  return { creditLimit: u?.creditLimit ?? "0", balance: u?.balance ?? "0" };
}

// ruleid: missing-auth
export async function creditOf(userId: string) {
  const viewer = await getViewer();
  const id = v.parse(v.pipe(v.string(), v.uuid()), userId);
  const [u] = await db.select({ creditLimit: users.creditLimit, balance: users.balance, viewer: users.id }).from(users).where(eq(users.id, id));
  return { ...u, askedBy: viewer?.email };
}
