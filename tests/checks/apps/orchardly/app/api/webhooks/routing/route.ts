import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { deliveries } from "@/db/schema";
import { hmacHex, secureCompare } from "@/lib/secure-compare";

const eventSchema = z.object({
  routeId: z.string(),
  stopId: z.string().uuid(),
  status: z.enum(["planned", "en_route", "arrived", "delivered", "failed"]),
  eta: z.string().datetime().optional(),
});

/** Delivery-routing provider webhook (signed with HMAC-SHA256 over the raw body). */
// ok: missing-auth, missing-input-validation, missing-authorization
export async function POST(req: Request) {
  const raw = await req.text();
  const signature = req.headers.get("x-routing-signature") ?? "";
  const expected = hmacHex(process.env.ROUTING_WEBHOOK_SECRET!, raw);
  // ok: timing-unsafe-comparison
  if (!secureCompare(signature, expected)) return new NextResponse("bad signature", { status: 401 });
  const parsed = eventSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) return NextResponse.json({ error: "bad payload" }, { status: 422 });
  const { stopId, routeId, status, eta } = parsed.data;
  // ok: mass-assignment
  await db.update(deliveries).set({ status, eta: eta ? new Date(eta) : null }).where(and(eq(deliveries.id, stopId), eq(deliveries.externalRouteId, routeId)));
  return NextResponse.json({ ok: true });
}
