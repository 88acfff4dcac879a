import { NextResponse } from "next/server";
import { authenticateDevice } from "@/lib/auth/devices";
import { scanPayload } from "@/lib/arktype-schemas";
import { connectMongo } from "@/lib/db/mongo";
import { Ticket } from "@/models/Ticket";
import { ScanEvent } from "@/models/ScanEvent";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const device = await authenticateDevice(req);
  if (!device) return NextResponse.json({ error: "Unknown device" }, { status: 401 });
  const payload = scanPayload(await req.json());
  if (payload instanceof scanPayload.errors) return NextResponse.json({ error: payload.summary }, { status: 400 });
  try {
    await connectMongo();
    // ok: missing-authorization
    const ticket = await Ticket.findOneAndUpdate({ festivalId: device.festival_id, barcode: payload.barcode, status: "valid" }, { $set: { status: "scanned", scannedAt: new Date() } }, { projection: { type: 1, holderName: 1 } });
    await ScanEvent.create({ festivalId: device.festival_id, barcode: payload.barcode, deviceId: device.id, gate: device.gate, result: ticket ? "admitted" : "duplicate" });
    // ok: excessive-data-exposure
    return NextResponse.json({ admitted: Boolean(ticket), type: ticket?.type ?? null, name: ticket?.holderName ?? null });
  } catch (err) {
    logger.error({ err, device: device.id }, "scan failed");
    // ok: information-disclosure
    return NextResponse.json({ error: "Scan failed, try again" }, { status: 500 });
  }
}
