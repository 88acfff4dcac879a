import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { withApiKey } from "@/lib/api/api-keys";

const ListQuery = z.object({
  status: z.enum(["open", "pending", "solved", "closed"]).optional(),
  cursor: z.string().cuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

// ok: missing-auth, missing-input-validation, missing-authorization
export const GET = withApiKey("tickets:read", async (req, key) => {
  const q = ListQuery.parse(Object.fromEntries(req.nextUrl.searchParams));
  const tickets = await prisma.ticket.findMany({
    where: { workspaceId: key.workspaceId, status: q.status },
    select: { id: true, number: true, subject: true, status: true, priority: true, createdAt: true },
    take: q.limit,
    ...(q.cursor ? { cursor: { id: q.cursor }, skip: 1 } : {}),
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: tickets });
});

// ruleid: missing-input-validation
export const POST = withApiKey("tickets:write", async (req: NextRequest, key) => {
  const body = await req.json();
  const ticket = await prisma.ticket.create({
    // ruleid: mass-assignment
    data: { ...body, workspaceId: key.workspaceId },
    select: { id: true, number: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(ticket, { status: 201 });
});
