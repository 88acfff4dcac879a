"use server";

import { randomBytes } from "node:crypto";
import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { Subscriber } from "@/lib/models/Subscriber";
import { formLimiter, clientIp } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mailer";

const subscribeSchema = z.object({ email: z.string().email(), zip: z.string().regex(/^\d{5}$/).optional() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function subscribe(_prev: unknown, formData: FormData) {
  const { success } = await formLimiter.limit(`newsletter:${await clientIp()}`);
  if (!success) return { error: "Please try again later." };
  const parsed = subscribeSchema.safeParse({ email: formData.get("email"), zip: formData.get("zip") || undefined });
  if (!parsed.success) return { error: "Enter a valid email address." };
  await connectMongo();
  const confirmToken = randomBytes(24).toString("hex");
  // ok: mass-assignment
  await Subscriber.updateOne({ email: parsed.data.email }, { $set: { zip: parsed.data.zip, confirmToken } }, { upsert: true });
  await sendMail(parsed.data.email, "Confirm your Gleanery newsletter subscription", `<a href="https://gleanery.org/newsletter/confirm?e=${encodeURIComponent(parsed.data.email)}&t=${confirmToken}">Confirm</a>`);
  // ok: information-disclosure
  return { ok: true, message: "Check your inbox to confirm." };
}

const confirmSchema = z.object({ email: z.string().email(), token: z.string().length(48) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function confirmSubscription(email: string, token: string) {
  const { success } = await formLimiter.limit(`newsletter-confirm:${await clientIp()}`);
  if (!success) return { ok: false };
  const parsed = confirmSchema.safeParse({ email, token });
  if (!parsed.success) return { ok: false };
  await connectMongo();
  const sub = await Subscriber.findOne({ email: parsed.data.email }, { confirmToken: 1 });
  // ruleid: timing-unsafe-comparison
  if (!sub || sub.confirmToken !== parsed.data.token) return { ok: false };
  await Subscriber.updateOne({ _id: sub._id }, { $set: { confirmed: true }, $unset: { confirmToken: 1 } });
  return { ok: true };
}
