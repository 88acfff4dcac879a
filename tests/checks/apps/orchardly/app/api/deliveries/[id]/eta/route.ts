import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { deliveries, farms } from "@/db/schema";

type Ctx = { params: Promise<{ id: string }> };

/** Driver app (no Clerk on the old Android build): farm routing key in x-api-key. */
// ok: missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const apiKey = req.headers.get("x-api-key");
  const farmSlug = req.headers.get("x-farm") ?? "";
  const id = z.string().uuid().parse((await params).id);
  const { eta } = z.object({ eta: z.string().datetime() }).parse(await req.json());
  const [farm] = await db.select({ id: farms.id, routingApiKey: farms.routingApiKey }).from(farms).where(eq(farms.slug, z.string().max(60).parse(farmSlug))).limit(1);
  // ruleid: timing-unsafe-comparison
  if (!farm || !apiKey || farm.routingApiKey !== apiKey) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  await db.update(deliveries).set({ eta: new Date(eta) }).where(and(eq(deliveries.id, id), eq(deliveries.farmId, farm.id)));
  return NextResponse.json({ ok: true });
}
