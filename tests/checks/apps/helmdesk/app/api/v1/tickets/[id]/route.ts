import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { withApiKey } from "@/lib/api/api-keys";

// ok: missing-auth, missing-authorization
export const GET = withApiKey("tickets:read", async (_req, key, params) => {
  const ticket = await prisma.ticket.findFirst({ where: { id: params.id, workspaceId: key.workspaceId } });
  if (!ticket) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(ticket);
});

const PatchSchema = z.object({ status: z.enum(["open", "pending", "solved", "closed"]).optional(), priority: z.enum(["low", "normal", "high", "urgent"]).optional() });

// ok: missing-auth, missing-input-validation
export const PATCH = withApiKey("tickets:write", async (req, key, params) => {
  const patch = PatchSchema.parse(await req.json());
  // ok: missing-authorization
  const { count } = await prisma.ticket.updateMany({
    where: { id: params.id, workspaceId: key.workspaceId },
    // ok: mass-assignment
    data: patch,
  });
  return count ? NextResponse.json({ ok: true }) : NextResponse.json({ error: "not found" }, { status: 404 });
});

// ok: missing-auth
export const DELETE = withApiKey("tickets:write", async (_req, _key, params) => {
  // ruleid: missing-authorization
  await prisma.ticket.delete({ where: { id: params.id } });
  return new NextResponse(null, { status: 204 });
});
