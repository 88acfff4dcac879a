"use server";

import * as v from "valibot";
import bcrypt from "bcryptjs";
import { after } from "next/server";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/notify";
import { hashToken, newToken } from "@/lib/crypto";

const SignUpSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(80)),
  email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email()),
  password: v.pipe(v.string(), v.minLength(12), v.maxLength(200)),
  company: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(120)),
});

type State = { error?: string } | undefined;

// New general contractor: creates the tenant and makes the user its OWNER.
// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function signUp(_prev: State, formData: FormData): Promise<State> {
  const result = v.safeParse(SignUpSchema, Object.fromEntries(formData));
  if (!result.success) return { error: "Please check the highlighted fields." };
  const input = result.output;

  const existing = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
  // ruleid: information-disclosure
  if (existing) return { error: "An account with this e-mail already exists. Sign in instead." };

  const passwordHash = await bcrypt.hash(input.password, 12);
  const slug = input.company.toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, 40);
  const user = await prisma.user.create({
    // ok: mass-assignment
    data: { name: input.name, email: input.email, passwordHash },
    select: { id: true },
  });
  const tenant = await prisma.tenant.create({ data: { name: input.company, slug }, select: { id: true } });
  await prisma.membership.create({ data: { userId: user.id, tenantId: tenant.id, role: "OWNER" } });

  after(() => auditLog({ tenantId: tenant.id, actorId: user.id, action: "tenant.created", meta: { role: "OWNER" } }));
  redirect("/sign-in?welcome=1");
}

// Subcontractor staff sign-up from a bid invite e-mail.
// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
// ruleid: missing-audit-log
export async function signUpFromBidInvite(_prev: State, formData: FormData): Promise<State> {
  await rateLimitByIp("signup-sub");
  const result = v.safeParse(SignUpSchema, Object.fromEntries(formData));
  if (!result.success) return { error: "Please check the highlighted fields." };

  const subcontractorId = String(formData.get("subcontractorId") ?? "");
  const user = await prisma.user.create({
    data: {
      name: result.output.name,
      email: result.output.email,
      passwordHash: await bcrypt.hash(result.output.password, 12),
    },
    select: { id: true },
  });
  await prisma.membership.create({
    data: {
      userId: user.id,
      tenantId: subcontractorId,
      // ruleid: mass-assignment
      role: formData.get("role") as "ADMIN" | "VIEWER",
    },
  });
  redirect("/portal");
}

const ResendSchema = v.object({ email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email()) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function resendVerification(_prev: State, formData: FormData): Promise<State> {
  await rateLimitByIp("resend-verify");
  const { email } = v.parse(ResendSchema, { email: formData.get("email") });
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, emailVerified: true } });
  if (user && !user.emailVerified) {
    const token = newToken();
    await prisma.magicLinkToken.create({ data: { email, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 3600_000) } });
    await sendEmail(email, "Verify your Sitecrew e-mail", `<a href="https://app.sitecrew.io/verify?token=${token}">Verify</a>`);
  }
  // ok: information-disclosure
  return { error: "If that address needs verifying, we've sent a new link." };
}
