import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifyHmac } from "@/lib/crypto";
import { logger } from "@/lib/logger";

const InboundSchema = z.object({
  to: z.string().email(),
  from: z.string().email(),
  fromName: z.string().optional(),
  subject: z.string().max(998),
  text: z.string(),
  messageId: z.string(),
  inReplyTo: z.string().optional(),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: NextRequest) {
  const raw = await req.text();
  const signature = req.headers.get("x-mail-signature") ?? "";
  if (!verifyHmac(raw, signature, process.env.INBOUND_MAIL_SECRET!)) {
    return NextResponse.json({ error: "invalid signature" }, { status: 401 });
  }
  const parsed = InboundSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) return NextResponse.json({ error: "bad payload" }, { status: 422 });
  const mail = parsed.data;
  const slug = mail.to.split("@")[0].split("+")[0];
  const ws = await prisma.workspace.findUnique({ where: { slug }, select: { id: true } });
  if (!ws) return NextResponse.json({ ignored: true });

  try {
    const ticketId = await prisma.$transaction(async (tx) => {
      const customer = await tx.customer.upsert({
        where: { id: `${ws.id}:${mail.from}` },
        update: {},
        create: { id: `${ws.id}:${mail.from}`, workspaceId: ws.id, email: mail.from, name: mail.fromName },
        select: { id: true },
      });
      const count = await tx.ticket.count({ where: { workspaceId: ws.id } });
      const t = await tx.ticket.create({
        data: { workspaceId: ws.id, customerId: customer.id, number: count + 1, subject: mail.subject, messages: { create: { body: mail.text } } },
        select: { id: true },
      });
      return t.id;
    });
    // ok: excessive-data-exposure
    return NextResponse.json({ ticketId });
  } catch (err) {
    logger.error("inbound email failed", { err: String(err), messageId: mail.messageId });
    // ok: information-disclosure
    return NextResponse.json({ error: "processing failed" }, { status: 500 });
  }
}
