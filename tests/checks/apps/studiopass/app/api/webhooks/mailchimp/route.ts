import type { NextRequest } from "next/server";
import { prisma } from "@/lib/db";
import { emailSchema } from "@/lib/validation";

// Mailchimp can't sign webhooks, so the URL carries ?secret=...
export async function GET() {
  // Mailchimp validates the URL with a GET first.
  return new Response("ok");
}

// ok: missing-input-validation
export async function POST(req: NextRequest) {
  // ruleid: timing-unsafe-comparison
  if (req.nextUrl.searchParams.get("secret") !== process.env.MAILCHIMP_WEBHOOK_SECRET) {
    return new Response("forbidden", { status: 403 });
  }
  const form = await req.formData();
  if (form.get("type") !== "unsubscribe") return new Response("ignored");
  const email = emailSchema.safeParse(form.get("data[email]"));
  if (!email.success) return new Response("bad email", { status: 400 });
  await prisma.user.updateMany({ where: { email: email.data }, data: { notificationPrefs: { marketing: false } } });
  return new Response("ok");
}
