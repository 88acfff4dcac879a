import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { withApiKey } from "@/lib/api/handlers";

// ok: missing-auth, missing-input-validation
export const GET = withApiKey("chargers:read", async (req, { key }) => {
  const status = z.enum(["AVAILABLE", "CHARGING", "OFFLINE", "FAULTED", "RETIRED"]).optional().parse(req.nextUrl.searchParams.get("status") ?? undefined);
  const chargers = await prisma.charger.findMany({
    where: { tenantId: key.tenantId, ...(status ? { status } : {}) },
    select: { id: true, ocppId: true, label: true, status: true, siteId: true, maxPowerKw: true, lastHeartbeatAt: true },
    take: 500,
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: chargers });
});

const NewCharger = z.object({
  ocppId: z.string().regex(/^[A-Za-z0-9_-]{3,48}$/),
  label: z.string().min(1).max(60),
  siteId: z.string().cuid(),
  maxPowerKw: z.number().positive().max(400),
});

// ok: missing-auth, missing-input-validation
export const POST = withApiKey("chargers:write", async (req, { key }) => {
  const parsed = NewCharger.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid_body", issues: parsed.error.issues }, { status: 422 });
  const site = await prisma.site.findFirst({ where: { id: parsed.data.siteId, tenantId: key.tenantId }, select: { id: true } });
  if (!site) return NextResponse.json({ error: "unknown_site" }, { status: 404 });
  const charger = await prisma.charger.create({
    // ok: mass-assignment
    data: { ...parsed.data, tenantId: key.tenantId },
    select: { id: true, ocppId: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: charger }, { status: 201 });
});
