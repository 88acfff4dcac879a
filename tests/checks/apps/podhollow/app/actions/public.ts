"use server";

import { headers } from "next/headers";
import { z } from "zod";
import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { sendMail } from "@/lib/mail";
import { rateLimit, rateLimitByIp } from "@/lib/ratelimit";
import { ContactSchema } from "@/lib/validators";
import { auth } from "@/auth";

// Public: newsletter signup.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function subscribeNewsletter(_prev: unknown, formData: FormData) {
  const parsed = v.safeParse(v.object({ email: v.pipe(v.string(), v.email()) }), { email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid email" };
  // ok: mass-assignment
  await prisma.newsletterSignup.upsert({ where: { email: parsed.output.email }, create: { email: parsed.output.email }, update: {} });
  return { ok: true };
}

// Public: contact form, sends mail to support.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function sendContact(_prev: unknown, formData: FormData) {
  const data = ContactSchema.parse(Object.fromEntries(formData));
  await sendMail("support@podhollow.fm", `Contact from ${data.email}`, `<pre>${data.message.replace(/</g, "&lt;")}</pre>`);
  return { ok: true };
}

// Public: advertise-with-us form.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function advertiserLead(_prev: unknown, formData: FormData) {
  await rateLimitByIp(await headers(), "lead", 3);
  const data = ContactSchema.extend({ company: z.string().max(120) }).parse(Object.fromEntries(formData));
  await sendMail("ads@podhollow.fm", `Lead: ${data.company}`, `<p>${data.email}</p>`);
  return { ok: true };
}

// Public: report an episode (anonymous reports allowed).
// ok: missing-auth, missing-input-validation
export async function reportEpisode(_prev: unknown, formData: FormData) {
  const session = await auth();
  const data = z.object({ episodeId: z.string().max(40), reason: z.string().min(5).max(1000) }).parse(Object.fromEntries(formData));
  const { success } = await rateLimit(`report:${session?.user?.id ?? "anon"}`, 10);
  if (!success) return { error: "Too many reports" };
  // ok: mass-assignment
  await prisma.report.create({ data: { episodeId: data.episodeId, reason: data.reason, reporterId: session?.user?.id ?? null } });
  return { ok: true };
}

// Public: share an episode by email to a friend.
// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export async function shareEpisodeByEmail(episodeId: string, friendEmail: string) {
  const ep = await prisma.episode.findFirst({ where: { id: episodeId, status: "published" }, select: { title: true } });
  if (!ep) return { error: "Episode not found" };
  await sendMail(friendEmail, `Listen: ${ep.title}`, `<a href="https://podhollow.fm/e/${episodeId}">Play</a>`);
  return { ok: true };
}
