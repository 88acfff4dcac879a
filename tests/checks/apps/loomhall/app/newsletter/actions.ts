"use server";

import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { checkRateLimit } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mail";
import { newToken } from "@/lib/crypto";
import { headers } from "next/headers";

const EmailSchema = v.pipe(v.string(), v.trim(), v.email());

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function subscribe(_prev: unknown, formData: FormData) {
  const ip = (await headers()).get("x-forwarded-for") ?? "anon";
  if (!(await checkRateLimit(`newsletter:${ip}`))) return { error: "Please try again in a minute." };
  const result = v.safeParse(EmailSchema, formData.get("email"));
  if (!result.success) return { error: "That email does not look right." };
  await prisma.newsletterSubscriber.upsert({ where: { email: result.output }, create: { email: result.output, unsubscribeToken: newToken() }, update: {} });
  await sendMail(result.output, "Confirm your Loomhall newsletter", "<p>Click to confirm.</p>");
  // ok: information-disclosure
  return { ok: true, message: "Check your inbox to confirm." };
}

// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export async function subscribeFooter(formData: FormData) {
  const ip = (await headers()).get("x-forwarded-for") ?? "anon";
  if (!(await checkRateLimit(`newsletter:${ip}`))) return;
  const email = String(formData.get("email") ?? "");
  try {
    await prisma.newsletterSubscriber.create({ data: { email, unsubscribeToken: newToken() } });
  } catch (err) {
    // ruleid: information-disclosure
    return { error: String(err) };
  }
  return { ok: true };
}
