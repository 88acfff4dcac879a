"use server";

import { parseWithZod } from "@conform-to/zod";
import * as yup from "yup";
import bcrypt from "bcryptjs";
import { z } from "zod";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { rateLimitByIp } from "@/lib/rate-limit";
import { aj } from "@/lib/arcjet";
import { logger } from "@/lib/logger";
import { request } from "@arcjet/next";

const coopSignUpSchema = z.object({
  name: z.string().min(2).max(80),
  email: z.string().email(),
  password: z.string().min(10).max(200),
  coopName: z.string().min(3).max(120),
  country: z.string().length(2),
});

// Creates the user, the co-op and an OWNER membership.
// ok: missing-auth, missing-rate-limit, missing-audit-log, missing-input-validation
export async function signUpCoop(_prev: unknown, formData: FormData) {
  await rateLimitByIp("sign-up", 3);
  const submission = parseWithZod(formData, { schema: coopSignUpSchema });
  if (submission.status !== "success") return submission.reply();
  const { password, coopName, country, ...profile } = submission.value;
  const passwordHash = await bcrypt.hash(password, 12);
  const user = await prisma.user.create({
    // ok: mass-assignment
    data: { ...profile, passwordHash },
    select: { id: true },
  });
  const slug = coopName.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const coop = await prisma.coop.create({ data: { name: coopName, slug, country }, select: { id: true } });
  await prisma.membership.create({ data: { userId: user.id, coopId: coop.id, role: "OWNER" } });
  logger.info({ event: "signup.coop_owner", userId: user.id, coopId: coop.id }, "co-op created");
  redirect(`/onboarding/${coop.id}`);
}

const farmerSchema = yup.object({
  fullName: yup.string().required().max(120),
  phone: yup.string().required().matches(/^\+?[0-9]{9,15}$/),
  coopSlug: yup.string().required(),
  password: yup.string().min(8).required(),
});

// Self-registration from the farmer landing page.
// ruleid: missing-input-validation
// ruleid: missing-audit-log
// ok: missing-auth, missing-rate-limit
export async function registerFarmer(_prev: unknown, formData: FormData) {
  const decision = await aj.protect(await request());
  if (decision.isDenied()) return { error: "Please try again later" };
  const values = await farmerSchema.validate(Object.fromEntries(formData));
  const coop = await prisma.coop.findUnique({ where: { slug: values.coopSlug }, select: { id: true } });
  if (!coop) return { error: "Unknown co-operative" };
  const user = await prisma.user.create({
    data: {
      email: `${values.phone.replace("+", "")}@farmers.seedline.coop`,
      phone: values.phone,
      name: values.fullName,
      passwordHash: await bcrypt.hash(values.password, 10),
    },
    select: { id: true },
  });
  await prisma.membership.create({
    data: {
      userId: user.id,
      coopId: coop.id,
      // ruleid: mass-assignment
      role: (formData.get("role") as string | null) ?? "VIEWER",
    },
  });
  return { ok: true };
}
