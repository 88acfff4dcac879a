"use server";

import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import bcrypt from "bcryptjs";
import Stripe from "stripe";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

const joinSchema = z.object({
  coopSlug: z.string().regex(/^[a-z0-9-]{3,40}$/),
  name: z.string().min(1).max(120),
  email: z.string().email(),
  password: z.string().min(10).max(200),
  units: z.number().int().min(1).max(200),
});

// Public sign-up + first share purchase in one form.
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function joinCoop(_prev: unknown, formData: FormData) {
  await rateLimitByIp("join", 5);
  const submission = parseWithZod(formData, { schema: joinSchema });
  if (submission.status !== "success") return submission.reply();
  const { coopSlug, name, email, password, units } = submission.value;
  // ok: excessive-data-exposure
  const coop = await prisma.coop.findUnique({ where: { slug: coopSlug }, select: { id: true, name: true, suspended: true } });
  if (!coop || coop.suspended) return submission.reply({ formErrors: ["This co-op is not taking new members"] });
  const user = await prisma.user.create({
    data: {
      name,
      email,
      passwordHash: await bcrypt.hash(password, 12),
      // ok: mass-assignment
      memberships: { create: { coopId: coop.id, role: "MEMBER", shareUnits: 0 } },
    },
    select: { id: true },
  });
  const checkout = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price: process.env.STRIPE_SHARE_PRICE_ID!, quantity: units }],
    metadata: { userId: user.id, coopId: coop.id, units: String(units) },
    success_url: "https://gridshare.coop/join/thanks",
    cancel_url: "https://gridshare.coop/join",
  });
  await sendMail(email, `Welcome to ${coop.name}`, "<p>Complete your share purchase to activate membership.</p>");
  redirect(checkout.url!);
}

// "Save my place": e-mails the visitor a link back to a half-finished sign-up.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function emailJoinLink(email: string, coopSlug: string) {
  if (typeof email !== "string" || !email.includes("@") || email.length > 200) return { ok: false };
  if (typeof coopSlug !== "string" || !/^[a-z0-9-]{3,40}$/.test(coopSlug)) return { ok: false };
  await sendMail(email, "Finish joining your energy co-op", `<a href="https://gridshare.coop/join?coop=${coopSlug}">Continue</a>`);
  return { ok: true };
}
