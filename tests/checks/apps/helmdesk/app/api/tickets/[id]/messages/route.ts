import { NextResponse } from "next/server";
import { z } from "zod";
import { createRoute } from "@/lib/api/route-builder";
import { prisma } from "@/lib/db/prisma";

const PostSchema = z.object({ body: z.string().min(1).max(20000), internal: z.boolean().default(false) });

// ok: missing-auth, missing-input-validation
export const POST = createRoute({ auth: true, schema: PostSchema }).handler(async (_req, { userId, body, params }) => {
  // ok: missing-authorization
  const ticket = await prisma.ticket.findFirst({
    where: { id: params.id, workspace: { memberships: { some: { userId } } } },
    select: { id: true },
  });
  if (!ticket) return NextResponse.json({ error: "not found" }, { status: 404 });
  const msg = await prisma.message.create({
    // ok: mass-assignment
    data: { ...body, ticketId: ticket.id, authorId: userId },
    select: { id: true, createdAt: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(msg, { status: 201 });
});

// ruleid: missing-auth
export const GET = createRoute({ auth: false }).handler(async (_req, { params }) => {
  const messages = await prisma.message.findMany({
    where: { ticketId: params.id },
    select: { id: true, body: true, internal: true, createdAt: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(messages);
});

// ok: missing-auth
export const DELETE = createRoute({ auth: true }).handler(async (req, { params }) => {
  const messageId = req.nextUrl.searchParams.get("messageId") ?? "";
  // ruleid: missing-authorization
  await prisma.message.deleteMany({ where: { id: messageId, ticketId: params.id } });
  return new NextResponse(null, { status: 204 });
});
