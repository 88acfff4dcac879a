"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import * as v from "valibot";
import { auth } from "@/lib/better-auth";
import { aj } from "@/lib/rate-limit";
import { request } from "@arcjet/next";

const SignInSchema = v.object({ email: v.pipe(v.string(), v.email()), password: v.pipe(v.string(), v.minLength(8)) });

// Sitter app sign-in through better-auth.
// ok: missing-auth, missing-rate-limit, missing-input-validation
// ruleid: missing-audit-log -- better-auth auth.api.signInEmail signs in; neither success nor failure is logged
export async function signInSitter(_prev: { error?: string }, formData: FormData) {
  const req = await request();
  const decision = await aj.protect(req, { requested: 1 });
  if (decision.isDenied()) return { error: "Too many attempts." };
  const input = v.safeParse(SignInSchema, { email: formData.get("email"), password: formData.get("password") });
  if (!input.success) return { error: "Invalid email or password." };
  try {
    await auth.api.signInEmail({ body: { email: input.output.email, password: input.output.password }, headers: await headers() });
  } catch (err) {
    // ruleid: information-disclosure
    return { error: (err as Error).message };
  }
  redirect("/sitter");
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function sitterMagicLink(_prev: { error?: string }, formData: FormData) {
  const req = await request();
  const decision = await aj.protect(req, { requested: 2 });
  if (decision.isDenied()) return { error: "Too many attempts." };
  const email = v.parse(v.pipe(v.string(), v.email()), formData.get("email"));
  await auth.api.signInMagicLink({ body: { email, callbackURL: "/sitter" }, headers: await headers() });
  // ok: information-disclosure
  return { message: "Check your email." };
}
