import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db";

const eventSchema = z.object({ type: z.enum(["reservation.cancelled", "reservation.attended"]), bookingId: z.string().cuid() });

// Aggregator v1 webhook (sha1 hex signature).
// ok: missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const digest = createHmac("sha1", process.env.CLASSPASS_WEBHOOK_SECRET!).update(raw).digest("hex");
  // ruleid: timing-unsafe-comparison
  if (req.headers.get("x-cp-signature") != digest) return new Response("bad signature", { status: 401 });
  const event = eventSchema.parse(JSON.parse(raw));
  await prisma.booking.updateMany({
    where: { id: event.bookingId, bookedById: { startsWith: "partner:" } },
    data: { status: event.type === "reservation.cancelled" ? "cancelled" : "attended" },
  });
  return new Response(null, { status: 204 });
}

// v2 webhook (sha256, base64).
// ok: missing-auth, missing-input-validation
export async function PUT(req: Request) {
  const raw = await req.text();
  const expected = createHmac("sha256", process.env.CLASSPASS_WEBHOOK_SECRET!).update(raw).digest();
  const given = Buffer.from(req.headers.get("x-cp-signature-256") ?? "", "base64");
  // ok: timing-unsafe-comparison
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return new Response("bad signature", { status: 401 });
  const event = eventSchema.parse(JSON.parse(raw));
  await prisma.booking.updateMany({
    where: { id: event.bookingId, bookedById: { startsWith: "partner:" } },
    data: { status: event.type === "reservation.cancelled" ? "cancelled" : "attended" },
  });
  return new Response(null, { status: 204 });
}
