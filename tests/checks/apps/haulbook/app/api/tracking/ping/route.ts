import { NextResponse } from "next/server";
import * as v from "valibot";
import { connectMongo, TrackingDevice } from "@/lib/db/mongo";
import { prisma } from "@/lib/db/prisma";

const PingSchema = v.object({ deviceId: v.string(), loadId: v.string(), lat: v.number(), lng: v.number() });

// GPS pings straight from in-cab devices
// ok: missing-input-validation
export async function POST(req: Request) {
  const body = v.safeParse(PingSchema, await req.json());
  if (!body.success) return NextResponse.json({ error: "invalid" }, { status: 400 });
  await connectMongo();
  const device = await TrackingDevice.findOne({ deviceId: body.output.deviceId }, { apiSecret: 1, carrierId: 1 }).lean<{ apiSecret: string }>();
  const provided = req.headers.get("x-device-secret");
  // ruleid: timing-unsafe-comparison
  if (!device || provided !== device.apiSecret) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  await prisma.ping.create({ data: { ...body.output, at: new Date() } });
  return NextResponse.json({ ok: true });
}
