import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { withApiKey } from "@/lib/api/route-builder";

// ok: missing-auth, missing-input-validation
export const GET = withApiKey("applications:read", async (_req, { foundationId, params }) => {
  const id = z.string().cuid().parse(params.id);
  // ok: missing-authorization
  const app = await prisma.application.findFirst({ where: { id, foundationId } });
  if (!app) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json(app);
});

// ok: missing-auth
// ruleid: missing-input-validation
export const PATCH = withApiKey("applications:write", async (req, { foundationId, params }) => {
  const body = await req.json();
  // ok: missing-authorization
  const res = await prisma.application.updateMany({
    where: { id: params.id, foundationId },
    // ruleid: mass-assignment
    data: body,
  });
  return NextResponse.json({ updated: res.count });
});
