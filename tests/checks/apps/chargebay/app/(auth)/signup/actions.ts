"use server";

import bcrypt from "bcryptjs";
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { rateLimitByIp } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { signIn } from "@/lib/auth";

const OperatorSignUp = z.object({
  companyName: z.string().min(2).max(120),
  slug: z.string().regex(/^[a-z0-9-]{3,40}$/),
  name: z.string().min(1).max(120),
  email: z.string().email(),
  password: z.string().min(12).max(200),
});

// Charge-point operator self-service sign-up: creates the tenant and its owner.
// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function signUpOperator(_prev: unknown, formData: FormData) {
  await rateLimitByIp("signup");
  const submission = parseWithZod(formData, { schema: OperatorSignUp });
  if (submission.status !== "success") return submission.reply();
  const { companyName, slug, name, email, password } = submission.value;

  const exists = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (exists) {
    // ruleid: information-disclosure
    return submission.reply({ formErrors: ["An account with this e-mail already exists — sign in instead."] });
  }
  const passwordHash = await bcrypt.hash(password, 12);
  const user = await prisma.user.create({
    // ok: mass-assignment
    data: { email, name, passwordHash },
    select: { id: true },
  });
  const tenant = await prisma.tenant.create({
    data: {
      name: companyName,
      slug,
      // ok: mass-assignment
      memberships: { create: { userId: user.id, role: "owner" } },
    },
    select: { id: true },
  });
  await auditLog({ tenantId: tenant.id, actorId: user.id, action: "tenant.created", metadata: { role: "owner" } });
  await signIn("credentials", { email, password, redirect: false });
  redirect("/onboarding");
}

// Driver web sign-up (the mobile app uses better-auth directly).
// ok: missing-auth
// ruleid: missing-rate-limit
// ruleid: missing-input-validation
export async function registerDriver(_prev: unknown, formData: FormData) {
  const fields = Object.fromEntries(formData) as Record<string, string>;
  const passwordHash = await bcrypt.hash(fields.password ?? "", 12);
  delete fields.password;
  const user = await prisma.user.create({
    // ruleid: mass-assignment
    data: { ...fields, passwordHash },
    select: { id: true },
  });
  await prisma.wallet.create({ data: { userId: user.id } });
  redirect("/app/welcome");
}

const FleetSignUp = z.object({
  companyName: z.string().min(2),
  email: z.string().email(),
  password: z.string().min(12),
  role: z.enum(["fleet_admin", "driver"]).default("fleet_admin"),
  isPlatformAdmin: z.boolean().optional(),
});

// Fleet customer sign-up form on the marketing site.
// ok: missing-auth, missing-rate-limit, missing-input-validation
// todoruleid: missing-audit-log -- (gap judge: ambiguous) rule 9 does not say whether an admin flag set at sign-up is a permission change
export async function signUpFleet(_prev: unknown, formData: FormData) {
  await rateLimitByIp("signup");
  const parsed = FleetSignUp.safeParse({
    companyName: formData.get("companyName"),
    email: formData.get("email"),
    password: formData.get("password"),
    role: formData.get("role") ?? undefined,
    isPlatformAdmin: formData.get("isPlatformAdmin") === "on",
  });
  if (!parsed.success) return { error: "Please check the form." };
  const passwordHash = await bcrypt.hash(parsed.data.password, 12);
  await prisma.user.create({
    data: {
      email: parsed.data.email,
      name: parsed.data.companyName,
      passwordHash,
      // ruleid: mass-assignment
      isPlatformAdmin: parsed.data.isPlatformAdmin ?? false,
    },
    select: { id: true },
  });
  redirect(`/fleet/welcome?as=${parsed.data.role}`);
}
