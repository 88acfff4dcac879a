import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { withApiKey } from "@/lib/api/handlers";

// ok: missing-auth, missing-input-validation
export const GET = withApiKey("sessions:read", async (_req, { params }) => {
  const id = z.string().cuid().parse(params.id);
  // ruleid: missing-authorization
  const cs = await prisma.chargingSession.findUnique({
    where: { id },
    select: { id: true, chargerId: true, startedAt: true, endedAt: true, energyWh: true, totalCents: true, status: true },
  });
  if (!cs) return NextResponse.json({ error: "not_found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: cs });
});

// ok: missing-auth, missing-input-validation
export const PATCH = withApiKey("sessions:write", async (req, { key, params }) => {
  const id = z.string().cuid().parse(params.id);
  const body = z.object({ status: z.enum(["COMPLETED", "FAILED"]) }).parse(await req.json());
  // ok: missing-authorization
  const { count } = await prisma.chargingSession.updateMany({ where: { id, tenantId: key.tenantId }, data: { status: body.status } });
  return NextResponse.json({ updated: count });
});
