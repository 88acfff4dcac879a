"use server";

import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { logSecurityEvent } from "@/lib/audit";

const membershipPrefs = z.object({
  title: z.string().max(60).optional(),
  role: z.enum(["PARTNER", "ASSOCIATE", "PARALEGAL", "VIEWER"]).optional(),
});

// Staff edit their own firm profile card.
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function updateMyMembership(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user) return { error: "Sign in again." };
  const parsed = membershipPrefs.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await prisma.membership.update({
    where: { userId_firmId: { userId: session.user.id, firmId: session.user.firmId } },
    // ruleid: mass-assignment
    data: parsed,
  });
  logSecurityEvent("membership.self_updated", { userId: session.user.id, fields: Object.keys(parsed) });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation -- (ok until pass 30) `new Date(String(formData.get(...)))` written: a coercion is no check (lead's ruling, pass 30)
export async function updateContactDetails(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user) return { error: "Sign in again." };
  const parsed = z.object({ phone: z.string().max(20) }).parse(Object.fromEntries(formData));
  await prisma.user.update({
    where: { id: session.user.id },
    data: {
      phone: parsed.phone,
      // ruleid: mass-assignment
      emailVerified: formData.get("emailVerified") ? new Date(String(formData.get("emailVerified"))) : undefined,
    },
  });
  return { ok: true };
}

// "Upgrade" button on the billing page; Stripe checkout was supposed to happen first.
// ok: missing-auth, missing-input-validation
export async function switchFirmPlan(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user) return { error: "Sign in again." };
  const parsed = z.object({ plan: z.enum(["starter", "growth", "enterprise"]) }).parse(Object.fromEntries(formData));
  await prisma.firm.update({
    where: { id: session.user.firmId },
    data: {
      // ruleid: mass-assignment
      plan: parsed.plan,
    },
  });
  return { plan: parsed.plan };
}
