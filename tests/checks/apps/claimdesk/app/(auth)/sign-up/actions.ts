"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/notify";
import { newToken, sha256 } from "@/lib/crypto";
import { auditLog } from "@/lib/audit";

const SignUpSchema = z.object({
  email: z.string().email(),
  password: z.string().min(12),
  name: z.string().min(1).max(120),
  agencyName: z.string().min(2).max(120),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function signUpAgency(_prev: unknown, formData: FormData) {
  await rateLimitByIp("signup", 3);
  const parsed = SignUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors };
  const { email, password, name, agencyName } = parsed.data;
  const exists = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  // ok: information-disclosure
  if (exists) return { message: "Check your inbox to continue." };
  const user = await prisma.user.create({
    data: {
      email,
      name,
      passwordHash: await bcrypt.hash(password, 12),
      // ok: mass-assignment
      memberships: { create: { role: "owner", tenant: { create: { name: agencyName, slug: newToken(6).toLowerCase() } } } },
    },
    select: { id: true },
  });
  await auditLog({ actorId: user.id, action: "user.signup", meta: { role: "owner" } });
  const token = newToken();
  await prisma.passwordReset.create({ data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 864e5) } });
  await sendEmail(email, "Verify your Claimdesk account", `<a href="https://app.claimdesk.io/verify?t=${token}">Verify</a>`);
  return { message: "Check your inbox to continue." };
}

const PolicyholderSignUp = z.object({
  email: z.string().email(),
  password: z.string().min(10),
  legalName: z.string().min(1),
  tenantSlug: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(["individual", "business"]),
  role: z.string().default("policyholder"),
});

// Self-service policyholder sign-up from the carrier's branded portal.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
// todoruleid: missing-audit-log -- (gap judge: ambiguous) rule 9 does not name sign-up; whether a self-chosen initial role is a role change is open
export async function signUpPolicyholder(_prev: unknown, formData: FormData) {
  const parsed = PolicyholderSignUp.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the form." };
  const tenant = await prisma.tenant.findUnique({ where: { slug: parsed.data.tenantSlug }, select: { id: true } });
  if (!tenant) return { error: "Unknown carrier." };
  const user = await prisma.user.create({
    data: {
      email: parsed.data.email,
      passwordHash: await bcrypt.hash(parsed.data.password, 12),
      memberships: {
        create: {
          tenantId: tenant.id,
          // ruleid: mass-assignment
          role: parsed.data.role,
        },
      },
    },
    select: { id: true },
  });
  await prisma.policyholder.create({
    data: { tenantId: tenant.id, userId: user.id, kind: parsed.data.kind, legalName: parsed.data.legalName, email: parsed.data.email },
  });
  await sendEmail(parsed.data.email, "Welcome to your claims portal", "<p>Your account is ready.</p>");
  return { ok: true };
}
