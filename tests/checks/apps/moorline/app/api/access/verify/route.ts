import { NextResponse } from "next/server";
import { z } from "zod";
import { kdb } from "@/lib/db/kysely";
import { secureCompare } from "@/lib/secure-compare";
import { rateLimitByKey } from "@/lib/rate-limit";

const bodySchema = z.object({ device: z.string().min(3).max(64), pin: z.string().regex(/^\d{6}$/), zone: z.enum(["gate", "showers", "fuel"]) });

/** Called by older gate keypads that can't validate PINs offline. Device authenticates with its API token. */
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const deviceToken = req.headers.get("x-device-token") ?? "";
  // ok: timing-unsafe-comparison
  if (!deviceToken || !secureCompare(deviceToken, process.env.KEYPAD_API_TOKEN ?? "")) return NextResponse.json({ granted: false }, { status: 401 });
  const body = bodySchema.safeParse(await req.json());
  if (!body.success) return NextResponse.json({ granted: false }, { status: 400 });
  await rateLimitByKey(`keypad:${body.data.device}`, 60);
  const device = await kdb.selectFrom("gate_devices").select(["marina_id"]).where("vendor_device_id", "=", body.data.device).executeTakeFirst();
  if (!device) return NextResponse.json({ granted: false }, { status: 404 });
  const match = await kdb
    .selectFrom("access_codes")
    .select(["id"])
    .where("marina_id", "=", device.marina_id)
    .where("pin", "=", body.data.pin)
    .where("zone", "=", body.data.zone)
    .where("revoked", "=", false)
    .where("valid_until", ">", new Date())
    .executeTakeFirst();
  return NextResponse.json({ granted: !!match });
}
