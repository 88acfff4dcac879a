"use server";

import * as v from "valibot";
import { db } from "@/lib/db/drizzle";
import { alertSubscriptions } from "@/lib/db/schema";
import { checkRateLimit } from "@/lib/ratelimit";
import { randomBytes } from "crypto";
import { headers } from "next/headers";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function subscribeNewsletter(_prev: unknown, formData: FormData) {
  const ip = (await headers()).get("x-forwarded-for") ?? "anon";
  if (!(await checkRateLimit(`newsletter:${ip}`))) return { error: "Try again later" };
  const email = v.parse(v.pipe(v.string(), v.email()), formData.get("email"));
  // ok: mass-assignment
  await db.insert(alertSubscriptions).values({ id: crypto.randomUUID(), userId: "anonymous", email, unsubscribeToken: randomBytes(24).toString("hex") });
  return { ok: true };
}
