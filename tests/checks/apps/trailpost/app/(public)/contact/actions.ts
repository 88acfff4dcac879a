"use server";

import { z } from "zod";
import { actionClient } from "@/lib/safe-action";
import { rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/mailer";
import { prisma } from "@/lib/db/prisma";

const ContactSchema = z.object({ name: z.string().max(80), email: z.string().email(), message: z.string().min(10).max(4000), orgSlug: z.string().max(60) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const contactOperator = actionClient.schema(ContactSchema).action(async ({ parsedInput }) => {
  await rateLimitByIp("contact");
  const org = await prisma.organization.findUnique({ where: { slug: parsedInput.orgSlug }, select: { name: true, memberships: { where: { role: "owner" }, select: { user: { select: { email: true } } } } } });
  const to = org?.memberships[0]?.user.email ?? "support@trailpost.app";
  await sendEmail(to, `New enquiry from ${parsedInput.name}`, `<p>${parsedInput.message}</p><p>Reply to ${parsedInput.email}</p>`);
  return { ok: true };
});

// why: public form that emails support with no rate limit
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const reportTrailIssue = actionClient
  .schema(z.object({ email: z.string().email(), trail: z.string().max(120), details: z.string().max(2000) }))
  .action(async ({ parsedInput }) => {
    await sendEmail("safety@trailpost.app", `Trail issue: ${parsedInput.trail}`, `<p>${parsedInput.details}</p><p>${parsedInput.email}</p>`);
    return { ok: true };
  });
