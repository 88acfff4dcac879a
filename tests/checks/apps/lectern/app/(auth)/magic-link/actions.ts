"use server";

import arcjet, { shield, slidingWindow, validateEmail } from "@arcjet/next";
import { request } from "@arcjet/next";
import { z } from "zod";
import { headers } from "next/headers";
import { auth } from "@/lib/better-auth";

const aj = arcjet({
  key: process.env.ARCJET_KEY!,
  rules: [shield({ mode: "LIVE" }), slidingWindow({ mode: "LIVE", interval: "10m", max: 5 }), validateEmail({ mode: "LIVE", deny: ["DISPOSABLE"] })],
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestMagicLink(_prev: unknown, formData: FormData) {
  const email = z.string().email().parse(formData.get("email"));
  const decision = await aj.protect(await request(), { email });
  if (decision.isDenied()) return { error: "Please try again later." };
  await auth.api.signInMagicLink({ body: { email, callbackURL: "/learn" }, headers: await headers() });
  // ok: information-disclosure
  return { sent: true };
}
