import { auth } from "@clerk/nextjs/server";
import { z } from "zod";
import { streamReplySuggestion } from "@/lib/ai";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-authorization
export async function POST(req: Request) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return new Response("Unauthorized", { status: 401 });
  const { ticketId } = z.object({ ticketId: z.string().cuid() }).parse(await req.json());
  const ticket = await prisma.ticket.findFirst({
    where: { id: ticketId, workspace: { slug: orgId } },
    select: { subject: true, messages: { select: { body: true } } },
  });
  if (!ticket) return new Response("Not found", { status: 404 });
  const result = streamReplySuggestion(`${ticket.subject}\n${ticket.messages.map((m) => m.body).join("\n")}`);
  return result.toDataStreamResponse();
}

// Suggested tags for the ticket sidebar.
// ruleid: missing-auth
export async function GET(req: Request) {
  // ruleid: floating-auth-check
  auth.protect();
  const ticketId = z.string().cuid().parse(new URL(req.url).searchParams.get("ticketId"));
  const ticket = await prisma.ticket.findUnique({ where: { id: ticketId }, select: { tags: true, subject: true } });
  // ok: excessive-data-exposure
  return Response.json({ tags: ticket?.tags ?? [] });
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function PUT(req: Request) {
  // ok: floating-auth-check
  const { orgId } = await auth.protect();
  const { ticketId, tags } = z.object({ ticketId: z.string().cuid(), tags: z.array(z.string().max(32)).max(20) }).parse(await req.json());
  await prisma.ticket.updateMany({ where: { id: ticketId, workspace: { slug: orgId ?? "" } }, data: { tags } });
  return Response.json({ ok: true });
}
