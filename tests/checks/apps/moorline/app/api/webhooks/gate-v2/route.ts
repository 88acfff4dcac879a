import { NextResponse } from "next/server";
import { z } from "zod";
import { kdb } from "@/lib/db/kysely";
import { prisma } from "@/lib/db/prisma";
import { hmacHex, secureCompare } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";

const eventSchema = z.object({ type: z.enum(["pin.expired", "device.offline"]), pinId: z.string().uuid().optional(), device: z.string() });

/** PortAccess v2 callbacks (signed, timestamped). */
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const marinaId = req.headers.get("x-portaccess-site") ?? "";
  if (!/^c[a-z0-9]{20,32}$/.test(marinaId)) return NextResponse.json({ error: "Unknown site" }, { status: 404 });
  const ts = req.headers.get("x-portaccess-timestamp") ?? "0";
  const signature = req.headers.get("x-portaccess-signature") ?? "";
  if (Math.abs(Date.now() / 1000 - Number(ts)) > 300) return NextResponse.json({ error: "Stale" }, { status: 401 });
  const marina = await prisma.marina.findUnique({ where: { id: marinaId }, select: { id: true, gateSecret: true } });
  // ok: timing-unsafe-comparison
  if (!marina?.gateSecret || !secureCompare(signature, hmacHex(marina.gateSecret, `${ts}.${raw}`))) {
    return NextResponse.json({ error: "Bad signature" }, { status: 401 });
  }
  const evt = eventSchema.parse(JSON.parse(raw));
  if (evt.type === "pin.expired" && evt.pinId) {
    // ok: missing-authorization
    await kdb.updateTable("access_codes").set({ revoked: true }).where("id", "=", evt.pinId).where("marina_id", "=", marina.id).execute();
  }
  logger.info({ marinaId: marina.id, type: evt.type }, "gate event");
  return NextResponse.json({ ok: true });
}
