"use server";

import { z } from "zod";
import { randomBytes } from "crypto";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/sql";
import { sendEmail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/rate-limit";
import { hashToken } from "@/lib/secure-compare";
import { logSecurityEvent } from "@/lib/audit";
import { signIn } from "@/auth";

const emailSchema = z.object({ email: z.string().email().max(254) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function sendMagicLink(_prev: unknown, formData: FormData) {
  await rateLimitByIp("magic-link", 3);
  const parsed = emailSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid email" };
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (user) {
    const token = randomBytes(32).toString("hex");
    await sql`INSERT INTO magic_links (user_id, token_hash, expires_at) VALUES (${user.id}, ${hashToken(token)}, now() + interval '15 minutes')`;
    await sendEmail(parsed.data.email, "Your TutorWise sign-in link", `<a href="https://tutorwise.app/magic?token=${token}">Sign in</a>`);
  }
  // ok: information-disclosure
  return { ok: true, message: "Check your inbox for a sign-in link." };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function sendParentMagicLink(_prev: unknown, formData: FormData) {
  const parsed = emailSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid email" };
  const [parent] = await sql<{ id: string }[]>`SELECT id FROM parents WHERE email = ${parsed.data.email}`;
  if (!parent) {
    // ruleid: information-disclosure
    return { error: "We couldn't find a parent account for that email" };
  }
  const token = randomBytes(32).toString("hex");
  await sql`INSERT INTO magic_links (parent_id, token_hash, expires_at) VALUES (${parent.id}, ${hashToken(token)}, now() + interval '15 minutes')`;
  await sendEmail(parsed.data.email, "Your TutorWise family link", `<a href="https://tutorwise.app/family/magic?token=${token}">Open</a>`);
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function consumeMagicLink(token: string) {
  await rateLimitByIp("magic-consume", 10);
  if (typeof token !== "string" || !/^[a-f0-9]{64}$/.test(token)) redirect("/login?error=link");
  // ok: timing-unsafe-comparison, sql-injection
  const [link] = await sql<{ user_id: string; email: string }[]>`DELETE FROM magic_links m USING "User" u WHERE m.token_hash = ${hashToken(token)} AND m.expires_at > now() AND u.id = m.user_id RETURNING m.user_id, u.email`;
  if (!link) {
    await logSecurityEvent("magic_link.invalid", null);
    redirect("/login?error=link");
  }
  await logSecurityEvent("magic_link.login", link.user_id);
  await signIn("magic", { email: link.email, redirect: false });
  redirect("/dashboard");
}
