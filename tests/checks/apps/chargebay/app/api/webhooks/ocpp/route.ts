import { NextResponse } from "next/server";
import { z } from "zod";
import { verifyHmacSignature } from "@/lib/crypto";
import { prisma } from "@/lib/db";
import { connectMongo, MeterValue } from "@/lib/mongo/models";

const GatewayEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("StatusNotification"), ocppId: z.string(), connectorId: z.number().int(), status: z.string(), errorCode: z.string(), info: z.string().optional() }),
  z.object({ type: z.literal("MeterValues"), ocppId: z.string(), connectorId: z.number().int(), transactionId: z.number().int(), energyWh: z.number(), powerW: z.number(), soc: z.number().optional() }),
  z.object({ type: z.literal("Heartbeat"), ocppId: z.string() }),
]);

// Events forwarded by the OCPP gateway, HMAC-signed with a shared secret.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const sig = req.headers.get("x-gateway-signature") ?? "";
  // ok: timing-unsafe-comparison
  if (!verifyHmacSignature(raw, sig, process.env.OCPP_GATEWAY_WEBHOOK_SECRET!)) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const event = GatewayEvent.parse(JSON.parse(raw));
  const charger = await prisma.charger.findUnique({ where: { ocppId: event.ocppId }, select: { id: true, tenantId: true } });
  if (!charger) return NextResponse.json({ error: "unknown charge point" }, { status: 404 });

  if (event.type === "Heartbeat") {
    await prisma.charger.update({ where: { id: charger.id }, data: { lastHeartbeatAt: new Date() } });
  } else if (event.type === "StatusNotification") {
    await prisma.connector.updateMany({ where: { chargerId: charger.id, number: event.connectorId }, data: { status: event.status } });
    await connectMongo();
    await MeterValue.create({ chargerId: charger.id, tenantId: charger.tenantId, connector: event.connectorId, raw: { errorCode: event.errorCode, info: event.info } });
  } else {
    await connectMongo();
    const cs = await prisma.chargingSession.findFirst({ where: { chargerId: charger.id, transactionId: event.transactionId }, select: { id: true } });
    await MeterValue.create({ sessionId: cs?.id, chargerId: charger.id, tenantId: charger.tenantId, connector: event.connectorId, energyWh: event.energyWh, powerW: event.powerW, socPercent: event.soc });
    if (cs) await prisma.chargingSession.update({ where: { id: cs.id }, data: { energyWh: Math.round(event.energyWh) } });
  }
  return NextResponse.json({ ok: true });
}
