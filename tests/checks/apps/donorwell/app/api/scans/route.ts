import { NextResponse } from "next/server";
import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { ScanLogModel } from "@/models/ScanLog";
import { safeEqual } from "@/lib/crypto";
import { requireCentreStaff } from "@/lib/dal";

const deviceSchema = z.object({
  deviceId: z.string().max(40),
  bagBarcode: z.string().regex(/^[A-Z0-9]{12}$/),
  centreId: z.string().uuid(),
  location: z.enum(["collection", "lab", "fridge", "dispatch"]),
  temperatureC: z.number().optional(),
});

// Fridge scanners post with a shared device token.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const token = req.headers.get("x-device-token") ?? "";
  // ok: timing-unsafe-comparison
  if (!token || !safeEqual(token, process.env.SCANNER_DEVICE_TOKEN!)) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const body = deviceSchema.parse(await req.json());
  await connectMongo();
  // ok: mass-assignment
  await ScanLogModel.create({ bagBarcode: body.bagBarcode, centreId: body.centreId, location: body.location, temperatureC: body.temperatureC, scannedBy: `device:${body.deviceId}` });
  return NextResponse.json({ ok: true }, { status: 201 });
}

// ok: missing-auth
// todoruleid: missing-input-validation -- known gap (pass 38, P): route or search param into an ORM filter, Warden's pass-21 exemption
export async function GET(req: Request) {
  const staff = await requireCentreStaff();
  const bag = new URL(req.url).searchParams.get("bag");
  await connectMongo();
  // ok: missing-authorization
  const docs = await ScanLogModel.find({ centreId: staff.centreId, bagBarcode: bag }).lean();
  // ruleid: excessive-data-exposure
  return NextResponse.json(docs);
}
