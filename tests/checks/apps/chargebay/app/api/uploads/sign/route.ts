import { NextResponse } from "next/server";
import { z } from "zod";
import { randomUUID } from "node:crypto";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db";
import { signedUploadUrl } from "@/lib/s3";

const Body = z.object({ ticketId: z.string().cuid(), filename: z.string().max(200), contentType: z.enum(["image/jpeg", "image/png"]) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { tenantId } = await verifySession();
  const body = Body.safeParse(await req.json());
  if (!body.success) return NextResponse.json({ error: "invalid" }, { status: 400 });
  // ok: missing-authorization
  const ticket = await prisma.maintenanceTicket.findFirst({ where: { id: body.data.ticketId, tenantId: tenantId ?? "" }, select: { id: true } });
  if (!ticket) return NextResponse.json({ error: "not found" }, { status: 404 });
  const key = `tickets/${ticket.id}/${randomUUID()}-${body.data.filename.replace(/[^\w.-]/g, "_")}`;
  // ok: excessive-data-exposure
  return NextResponse.json({ url: await signedUploadUrl(key, body.data.contentType), key });
}

// Older mobile builds still call PUT with a raw key.
// ok: missing-auth
// ruleid: missing-input-validation
export async function PUT(req: Request) {
  const { tenantId } = await verifySession();
  const { ticketId, key, contentType } = await req.json();
  // ok: missing-authorization
  const ticket = await prisma.maintenanceTicket.findFirst({ where: { id: ticketId, tenantId: tenantId ?? "" }, select: { id: true } });
  if (!ticket) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json({ url: await signedUploadUrl(`tickets/${ticket.id}/${key}`, contentType) });
}
