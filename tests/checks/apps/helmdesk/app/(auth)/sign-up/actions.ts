"use server";

import * as v from "valibot";
import { hash } from "@node-rs/argon2";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { checkRateLimit, authLimiter, getClientIp } from "@/lib/ratelimit";
import { newToken } from "@/lib/crypto";

const SignUpSchema = v.object({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  email: v.pipe(v.string(), v.email()),
  password: v.pipe(v.string(), v.minLength(10)),
  workspaceName: v.pipe(v.string(), v.minLength(2), v.maxLength(60)),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function signUp(_prev: { error?: string }, formData: FormData) {
  await checkRateLimit(authLimiter, `signup:${await getClientIp()}`);
  const result = v.safeParse(SignUpSchema, Object.fromEntries(formData));
  if (!result.success) return { error: "Please check the form." };
  const { name, email, password, workspaceName } = result.output;

  const exists = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (exists) {
    // ok: information-disclosure
    return { error: "Could not create the account. If you already have one, sign in instead." };
  }
  const passwordHash = await hash(password);
  const slug = workspaceName.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  await prisma.user.create({
    data: {
      // ok: mass-assignment
      name,
      email,
      passwordHash,
      memberships: {
        create: {
          role: "owner",
          workspace: { create: { name: workspaceName, slug, widgetKey: newToken(12), webhookSecret: newToken() } },
        },
      },
    },
  });
  redirect("/sign-in?created=1");
}

// ruleid: missing-rate-limit
export async function signUpFromWidget(_prev: { error?: string }, formData: FormData) {
  const result = v.safeParse(SignUpSchema, Object.fromEntries(formData));
  if (!result.success) return { error: "Please check the form." };
  const taken = await prisma.user.findUnique({ where: { email: result.output.email }, select: { id: true } });
  if (taken) {
    // ruleid: information-disclosure
    return { error: "An account with this e-mail already exists." };
  }
  const passwordHash = await hash(result.output.password);
  await prisma.user.create({
    data: {
      name: result.output.name,
      email: result.output.email,
      passwordHash,
      // ruleid: mass-assignment
      isSuperAdmin: formData.get("staff") === "on",
    },
  });
  redirect("/sign-in");
}

const PricingSignUpSchema = v.object({
  ...SignUpSchema.entries,
  plan: v.picklist(["starter", "growth", "enterprise"]),
});

// Sign-up from the pricing page: the chosen plan starts as a trial.
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function signUpWithPlan(_prev: { error?: string }, formData: FormData) {
  await checkRateLimit(authLimiter, `signup:${await getClientIp()}`);
  const result = v.safeParse(PricingSignUpSchema, Object.fromEntries(formData));
  if (!result.success) return { error: "Please check the form." };
  const { name, email, password, workspaceName, ...billing } = result.output;
  await prisma.user.create({
    data: {
      name,
      email,
      passwordHash: await hash(password),
      memberships: {
        create: {
          role: "owner",
          workspace: {
            // ok: mass-assignment -- the spread below is reported on its own line (fixed in pass 26)
            create: {
              name: workspaceName,
              slug: workspaceName.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
              widgetKey: newToken(12),
              webhookSecret: newToken(),
              // ruleid: mass-assignment -- on the spread's own line (fixed in pass 26, LABELS.md)
              ...billing,
            },
          },
        },
      },
    },
  });
  redirect("/sign-in?created=1");
}
