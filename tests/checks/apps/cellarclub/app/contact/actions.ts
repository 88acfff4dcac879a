"use server";

import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { sendEmail } from "@/lib/mailer";
import { ratelimit } from "@/lib/ratelimit";
import { headers } from "next/headers";
import { prisma } from "@/lib/db/prisma";

const ContactSchema = z.object({ wineryId: z.string().cuid(), name: z.string().min(1), email: z.string().email(), message: z.string().min(10).max(5000) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function contactWinery(_prev: unknown, formData: FormData) {
  const ip = (await headers()).get("x-real-ip") ?? "0.0.0.0";
  const { success } = await ratelimit.limit(`contact:${ip}`);
  if (!success) return { status: "error" as const, error: "Too many messages." };
  const submission = parseWithZod(formData, { schema: ContactSchema });
  if (submission.status !== "success") return submission.reply();
  const winery = await prisma.winery.findUnique({ where: { id: submission.value.wineryId }, select: { name: true } });
  if (!winery) return submission.reply({ formErrors: ["Unknown winery"] });
  await sendEmail("hello@cellarclub.app", `[${winery.name}] ${submission.value.name}`, submission.value.message);
  return submission.reply({ resetForm: true });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function requestWholesaleInfo(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: ContactSchema.extend({ company: z.string().min(2) }) });
  if (submission.status !== "success") return submission.reply();
  await sendEmail("wholesale@cellarclub.app", `Wholesale inquiry: ${submission.value.company}`, submission.value.message);
  return submission.reply({ resetForm: true });
}
