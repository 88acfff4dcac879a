"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { generateSessionToken } from "@/lib/auth/session";
import { withCommitteeRole } from "@/lib/action-wrappers";
import { publicFormClient } from "@/lib/safe-action";
import { newsletterSchema } from "@/lib/validation/committee";
import { sendMail, sendNewsletterBatch } from "@/lib/mail";
import { checkRateLimit, mailLimiter, formLimiter, clientIp } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const subscribeToNewsletter = publicFormClient.schema(z.object({ email: z.string().email() })).action(async ({ parsedInput }) => {
  await prisma.newsletterSubscriber.upsert({
    where: { email: parsedInput.email },
    create: { email: parsedInput.email, unsubscribeToken: generateSessionToken() },
    update: {},
  });
  await sendMail(parsedInput.email, "Welcome to the Plotwise newsletter", "<p>Thanks for subscribing!</p>");
  return { subscribed: true };
});

// ok: missing-auth
// ruleid: missing-rate-limit
export async function subscribeFromFooter(_prev: unknown, formData: FormData) {
  const email = z.string().email().safeParse(formData.get("email"));
  if (!email.success) return { error: "Enter a valid email" };
  await prisma.newsletterSubscriber.upsert({
    where: { email: email.data },
    create: { email: email.data, unsubscribeToken: generateSessionToken() },
    update: {},
  });
  await sendMail(email.data, "Welcome to the Plotwise newsletter", "<p>Thanks for subscribing!</p>");
  return { message: "Subscribed" };
}

// ok: missing-auth, missing-input-validation
export async function unsubscribe(token: string) {
  const t = z.string().min(20).max(64).parse(token);
  // ok: timing-unsafe-comparison
  await prisma.newsletterSubscriber.deleteMany({ where: { unsubscribeToken: t } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export const saveNewsletterDraft = withCommitteeRole("COMMITTEE_ADMIN", async (user, formData: FormData) => {
  const data = newsletterSchema.parse({ subject: formData.get("subject"), bodyHtml: formData.get("bodyHtml") });
  // ok: mass-assignment
  const draft = await prisma.newsletter.create({ data: { ...data, authorId: user.id }, select: { id: true } });
  revalidatePath("/committee/newsletters");
  return draft.id;
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const sendNewsletter = withCommitteeRole("COMMITTEE_ADMIN", async (user, newsletterId: string) => {
  const id = z.string().cuid().parse(newsletterId);
  if (!(await checkRateLimit(mailLimiter, `newsletter:${user.id}`))) throw new Error("Slow down");
  // ok: missing-authorization
  const issue = await prisma.newsletter.findUniqueOrThrow({ where: { id }, select: { subject: true, bodyHtml: true, status: true } });
  if (issue.status === "SENT") throw new Error("Already sent");
  const subscribers = await prisma.newsletterSubscriber.findMany({ where: { confirmedAt: { not: null } }, select: { email: true, unsubscribeToken: true } });
  await sendNewsletterBatch(subscribers, issue.subject, issue.bodyHtml);
  await prisma.newsletter.update({ where: { id }, data: { status: "SENT", sentAt: new Date() } });
});

// ruleid: missing-rate-limit
// ok: missing-auth
export const sendTestNewsletter = withCommitteeRole("COMMITTEE_ADMIN", async (user, newsletterId: string, to: string) => {
  const input = z.object({ id: z.string().cuid(), to: z.string().email() }).parse({ id: newsletterId, to });
  // ok: missing-authorization
  const issue = await prisma.newsletter.findUniqueOrThrow({ where: { id: input.id }, select: { subject: true, bodyHtml: true } });
  await sendMail(input.to, `[TEST] ${issue.subject}`, issue.bodyHtml);
});

// ruleid: missing-input-validation
// ok: missing-auth
export const scheduleNewsletterPreview = withCommitteeRole("COMMITTEE_ADMIN", async (user, previewUrl: string) => {
  const res = await fetch(previewUrl, { method: "GET" });
  return { status: res.status };
});

// ruleid: missing-auth
export async function importSubscribers(csv: string) {
  const ip = await clientIp();
  if (!(await checkRateLimit(formLimiter, `import:${ip}`))) throw new Error("Slow down");
  const emails = csv.split(/\r?\n/).map((l) => l.trim()).filter((l) => z.string().email().safeParse(l).success);
  await prisma.newsletterSubscriber.createMany({
    data: emails.map((email) => ({ email, unsubscribeToken: generateSessionToken(), confirmedAt: new Date() })),
    skipDuplicates: true,
  });
  return { imported: emails.length };
}

// ruleid: missing-auth
export async function previewNewsletter(newsletterId: string) {
  const id = z.string().cuid().parse(newsletterId);
  const issue = await prisma.newsletter.findUnique({ where: { id }, select: { subject: true, bodyHtml: true, status: true } });
  return issue;
}

// ok: missing-auth, missing-input-validation
export async function listPublishedNewsletters() {
  const issues = await prisma.newsletter.findMany({ where: { status: "SENT" }, select: { id: true, subject: true, sentAt: true } });
  // ok: excessive-data-exposure
  return issues;
}
