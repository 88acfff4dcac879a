"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { request } from "@arcjet/next";
import { aj } from "@/lib/arcjet";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/notify";

const DemoSchema = z.object({
  name: z.string().min(2).max(100),
  email: z.string().email(),
  company: z.string().max(120).optional(),
  message: z.string().min(10).max(4000),
});

type State = { ok?: boolean; error?: string } | undefined;

// Public "request a demo" form.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function requestDemo(_prev: State, formData: FormData): Promise<State> {
  const parsed = DemoSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please fill in every field." };
  await sendEmail("sales@sitecrew.io", `Demo request from ${parsed.data.company ?? parsed.data.name}`, parsed.data.message);
  await sendEmail(parsed.data.email, "Thanks for your interest in Sitecrew", "We'll be in touch within one business day.");
  return { ok: true };
}

const NewsletterSchema = z.object({ email: z.string().email() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function subscribeNewsletter(_prev: State, formData: FormData): Promise<State> {
  const decision = await aj.protect(await request(), { requested: 1 });
  if (decision.isDenied()) return { error: "Please try again later." };
  const parsed = NewsletterSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Invalid e-mail." };
  const ua = (await headers()).get("user-agent") ?? "";
  await prisma.contact.create({
    // ok: mass-assignment
    data: { tenantId: "sitecrew-marketing", name: "newsletter", email: parsed.data.email, company: ua.slice(0, 60) },
  });
  await sendEmail(parsed.data.email, "You're subscribed", "Monthly field notes from Sitecrew.");
  return { ok: true };
}
