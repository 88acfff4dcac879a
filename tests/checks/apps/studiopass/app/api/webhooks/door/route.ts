import { db } from "@/lib/drizzle";
import { doorEvents } from "@/lib/drizzle/schema";
import { prisma } from "@/lib/db";
import { hmacSha256 } from "@/lib/crypto";
import { z } from "zod";

const eventSchema = z.object({ locationId: z.string().cuid(), wristbandUid: z.string().max(32).optional(), granted: z.boolean() });

// Door-access controller (Kisi-style) posts every badge tap.
// ok: missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const parsed = eventSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) return Response.json({ error: "bad payload" }, { status: 400 });
  const location = await prisma.location.findUnique({ where: { id: parsed.data.locationId }, select: { doorControllerSecret: true } });
  if (!location?.doorControllerSecret) return new Response("unknown controller", { status: 404 });
  const signature = req.headers.get("x-door-signature");
  const expected = hmacSha256(location.doorControllerSecret, raw);
  // ruleid: timing-unsafe-comparison
  if (signature !== expected) return new Response("bad signature", { status: 401 });
  // ok: mass-assignment
  await db.insert(doorEvents).values({ locationId: parsed.data.locationId, wristbandUid: parsed.data.wristbandUid ?? null, granted: parsed.data.granted, raw: parsed.data });
  return new Response(null, { status: 204 });
}
