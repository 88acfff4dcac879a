import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { withApiKey } from "@/lib/api/handlers";
import { sendOcppCommand } from "@/lib/ocpp";

// ok: missing-auth
// todoruleid: missing-input-validation -- a route parameter into an ORM filter: exempt by the pass-21 policy (docs/precision.md)
export const GET = withApiKey("chargers:read", async (_req, { key, params }) => {
  // ok: missing-authorization
  const charger = await prisma.charger.findFirst({ where: { id: params.id, tenantId: key.tenantId }, include: { connectors: true } });
  if (!charger) return NextResponse.json({ error: "not_found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json({ data: charger });
});

const Command = z.object({ command: z.enum(["Reset", "UnlockConnector"]), connectorId: z.number().int().min(1).max(8).optional() });

// ok: missing-auth, missing-input-validation
export const POST = withApiKey("chargers:write", async (req, { key, params }) => {
  const id = z.string().cuid().parse(params.id);
  const body = Command.parse(await req.json());
  // ok: missing-authorization
  const charger = await prisma.charger.findFirst({ where: { id, tenantId: key.tenantId }, select: { ocppId: true } });
  if (!charger) return NextResponse.json({ error: "not_found" }, { status: 404 });
  try {
    const res = await sendOcppCommand(charger.ocppId, body.command, body.command === "Reset" ? { type: "Soft" } : { connectorId: body.connectorId });
    return NextResponse.json({ status: res.status });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "gateway_error", detail: String(e) }, { status: 502 });
  }
});

// ok: missing-auth, missing-input-validation
export const DELETE = withApiKey("chargers:write", async (_req, { key, params }) => {
  const id = z.string().cuid().parse(params.id);
  // ok: missing-authorization
  const { count } = await prisma.charger.updateMany({ where: { id, tenantId: key.tenantId }, data: { status: "RETIRED" } });
  // ok: excessive-data-exposure
  return NextResponse.json({ retired: count });
});
