import { timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/drizzle";
import { wearableLinks, wearableMetrics } from "@/lib/drizzle/schema";
import { hmacSha256 } from "@/lib/crypto";

const payloadSchema = z.object({
  vendorUserId: z.string().max(64),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  steps: z.number().int().nonnegative().optional(),
  restingHr: z.number().int().min(20).max(250).optional(),
  sleepMinutes: z.number().int().min(0).max(1440).optional(),
});

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const raw = await req.text();
  const sig = Buffer.from(req.headers.get("x-wearable-signature") ?? "", "hex");
  const expected = Buffer.from(hmacSha256(process.env.WEARABLE_WEBHOOK_SECRET!, raw), "hex");
  // ok: timing-unsafe-comparison
  if (sig.length !== expected.length || !timingSafeEqual(sig, expected)) {
    return new Response("invalid signature", { status: 401 });
  }
  const payload = payloadSchema.parse(JSON.parse(raw));
  const [link] = await db
    .select({ userId: wearableLinks.userId })
    .from(wearableLinks)
    .where(eq(wearableLinks.vendorUserId, payload.vendorUserId));
  if (!link) return new Response(null, { status: 204 });
  // ok: mass-assignment
  await db.insert(wearableMetrics).values({ userId: link.userId, day: payload.day, steps: payload.steps, restingHr: payload.restingHr, sleepMinutes: payload.sleepMinutes });
  return new Response(null, { status: 204 });
}
