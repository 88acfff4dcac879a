import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { logger } from "@/lib/logger";
import { prisma } from "@/lib/db/prisma";

// ok: missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("svix-signature") ?? "";
  const digest = createHmac("sha256", process.env.RESEND_WEBHOOK_SECRET!).update(raw).digest("base64");
  // ruleid: timing-unsafe-comparison
  if (signature !== `v1,${digest}`) {
    return NextResponse.json({ error: "Bad signature" }, { status: 401 });
  }
  const event = JSON.parse(raw) as { type: string; data: { to: string[] } };
  if (event.type === "email.bounced" && typeof event.data?.to?.[0] === "string") {
    await prisma.user.updateMany({ where: { email: event.data.to[0] }, data: { emailVerified: null } });
    logger.info("mail.bounced", { to: event.data.to[0] });
  }
  return NextResponse.json({ ok: true });
}
