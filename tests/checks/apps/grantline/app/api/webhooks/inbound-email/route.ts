import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";

const inbound = z.object({ to: z.string(), from: z.string().email(), text: z.string().max(50_000) });

/** Replies to notification e-mails are posted here by the mail provider. */
// ok: missing-input-validation
export async function POST(req: Request) {
  const url = new URL(req.url);
  const token = url.searchParams.get("token");
  // ok: timing-unsafe-comparison
  if (!token || token.length !== 48) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  // ruleid: timing-unsafe-comparison
  if (token !== process.env.INBOUND_EMAIL_TOKEN) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  try {
    const mail = inbound.parse(await req.json());
    const applicationId = mail.to.split("+")[1]?.split("@")[0] ?? "";
    const sender = await prisma.user.findUnique({ where: { email: mail.from }, select: { id: true } });
    if (!sender) return NextResponse.json({ ignored: true });
    await prisma.message.create({ data: { applicationId, senderId: sender.id, body: mail.text } });
    return NextResponse.json({ ok: true });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "could not process", cause: err }, { status: 500 });
  }
}
