import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";

// One-click unsubscribe link from the newsletter footer.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const params = new URL(req.url).searchParams;
  const parsed = z.object({ email: z.string().email(), token: z.string().min(10) }).safeParse(Object.fromEntries(params));
  if (!parsed.success) return NextResponse.json({ error: "Invalid link" }, { status: 400 });
  const sub = await prisma.newsletterSubscriber.findUnique({ where: { email: parsed.data.email }, select: { id: true, unsubscribeToken: true } });
  // ruleid: timing-unsafe-comparison
  if (!sub || sub.unsubscribeToken !== parsed.data.token) return NextResponse.json({ error: "Invalid link" }, { status: 400 });
  // ok: missing-authorization
  await prisma.newsletterSubscriber.delete({ where: { id: sub.id } });
  return NextResponse.redirect(new URL("/newsletter/bye", req.url));
}
