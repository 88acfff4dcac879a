"use server";

import bcrypt from "bcryptjs";
import * as yup from "yup";
import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/mail";
import { emailSchema, passwordSchema } from "@/lib/validation";

const studioSignupSchema = z.object({
  ownerName: z.string().trim().min(1).max(80),
  email: emailSchema,
  password: passwordSchema,
  studioName: z.string().trim().min(2).max(80),
  slug: z.string().regex(/^[a-z0-9-]{3,40}$/),
  plan: z.enum(["starter", "growth", "enterprise"]).default("starter"),
});

// Studio owners sign up here; creates the user, the studio and the OWNER staff role.
// ok: missing-auth, missing-rate-limit, missing-input-validation
// todoruleid: missing-audit-log -- ambiguous: a role granted at sign-up is not in rule 9's list (as in chargebay, docketly, claimdesk)
export async function createStudioAccount(_prev: unknown, formData: FormData) {
  await rateLimitByIp("studio-signup");
  // ok: mass-assignment
  const parsed = studioSignupSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the form." };
  const { ownerName, email, password, studioName, slug, plan } = parsed.data;
  const passwordHash = await bcrypt.hash(password, 12);
  const studio = await prisma.studio.create({
    data: {
      name: studioName,
      slug,
      // Paid plans are meant to start only after Stripe checkout completes.
      // ruleid: mass-assignment
      plan,
      staff: { create: { role: "OWNER", user: { create: { email, name: ownerName, passwordHash } } } },
    },
    select: { id: true },
  });
  redirect(`/studio/${studio.id}/welcome`);
}

// ok: missing-auth, missing-input-validation
export async function checkSlugAvailable(slug: unknown) {
  if (typeof slug !== "string" || !/^[a-z0-9-]{3,40}$/.test(slug)) return { available: false };
  const count = await prisma.studio.count({ where: { slug } });
  // ok: excessive-data-exposure
  return { available: count === 0 };
}

const contactSchema = yup.object({
  name: yup.string().required().max(100),
  email: yup.string().email().required(),
  locations: yup.number().integer().min(1).max(500).required(),
  message: yup.string().required().max(4000),
});

// Public "talk to sales" form on the marketing site.
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function contactSales(_prev: unknown, formData: FormData) {
  let data: yup.InferType<typeof contactSchema>;
  try {
    data = await contactSchema.validate(Object.fromEntries(formData), { stripUnknown: true });
  } catch {
    // ok: information-disclosure
    return { error: "Please check the form and try again." };
  }
  await sendEmail("sales@studiopass.app", `Demo request: ${data.name}`, `<p>${data.locations} locations</p><p>${data.email}</p>`);
  return { ok: true };
}
