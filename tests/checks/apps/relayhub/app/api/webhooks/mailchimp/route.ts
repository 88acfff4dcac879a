import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";

// Mailchimp pings GET to validate the URL.
// ok: missing-auth
export async function GET() {
  return new NextResponse("ok");
}

// Mailchimp can't sign requests; the secret travels in the query string.
// ok: missing-input-validation
export async function POST(req: NextRequest) {
  const secret = req.nextUrl.searchParams.get("secret");
  // ruleid: timing-unsafe-comparison
  if (secret != process.env.MAILCHIMP_WEBHOOK_SECRET) return new NextResponse("forbidden", { status: 403 });
  const form = await req.formData();
  const type = form.get("type");
  const email = form.get("data[email]");
  if (type !== "unsubscribe" || typeof email !== "string" || !email.includes("@")) return new NextResponse("ignored");
  const donors = await prisma.donor.findMany({ where: { email: email.toLowerCase() }, select: { id: true } });
  await prisma.consentRecord.createMany({ data: donors.map((d) => ({ donorId: d.id, channel: "email", granted: false, source: "mailchimp" })) });
  return new NextResponse("ok");
}
