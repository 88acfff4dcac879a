import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { connectMongo } from "@/lib/db/mongo";
import { GateEvent } from "@/lib/models/gate-event";
import { hmacHex } from "@/lib/secure-compare";

/** PortAccess v1 callbacks: one event per gate swipe. */
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const marinaId = req.headers.get("x-portaccess-site") ?? "";
  if (!/^c[a-z0-9]{20,32}$/.test(marinaId)) return NextResponse.json({ error: "Unknown site" }, { status: 404 });
  const signature = req.headers.get("x-portaccess-signature") ?? "";
  const marina = await prisma.marina.findUnique({ where: { id: marinaId }, select: { id: true, gateSecret: true } });
  if (!marina?.gateSecret) return NextResponse.json({ error: "Unknown site" }, { status: 404 });
  const expectedSignature = hmacHex(marina.gateSecret, raw);
  // ruleid: timing-unsafe-comparison
  if (signature !== expectedSignature) return NextResponse.json({ error: "Bad signature" }, { status: 401 });
  const evt = JSON.parse(raw) as { device: string; zone: string; pin: string; granted: boolean };
  if (typeof evt.device !== "string" || typeof evt.zone !== "string" || typeof evt.pin !== "string" || typeof evt.granted !== "boolean") return NextResponse.json({ error: "Bad event" }, { status: 422 });
  await connectMongo();
  await GateEvent.create({ marinaId: marina.id, deviceId: evt.device, zone: String(evt.zone), pinUsed: String(evt.pin).slice(-2), granted: evt.granted });
  return NextResponse.json({ ok: true });
}
