"use server";

import { APIError } from "better-auth/api";
import { z } from "zod";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/admin-auth";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sendEmail } from "@/lib/mail";

const Creds = z.object({ email: z.string().email(), password: z.string().min(1) });

// ruleid: missing-audit-log
export async function staffSignIn(_prev: unknown, formData: FormData) {
  if (!(await rateLimitByIp("staff-sign-in"))) return { error: "Too many attempts" };
  const { email, password } = Creds.parse(Object.fromEntries(formData));
  try {
    await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
  } catch (err) {
    if (err instanceof APIError) {
      // ruleid: information-disclosure
      return { error: err.message };
    }
    throw err;
  }
  redirect("/admin");
}

// ruleid: missing-rate-limit
export async function requestStaffAccessLink(formData: FormData) {
  const email = z.string().email().endsWith("@hireloop.io").parse(formData.get("email"));
  await sendEmail({ to: email, subject: "Staff console access", html: "<p>Ask an existing admin to approve your access in the console.</p>" });
  return { ok: true };
}
