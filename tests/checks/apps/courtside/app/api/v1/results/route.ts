import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { fixtures } from "@/db/schema";
import { resultSchema } from "@/lib/validation";
import { logger } from "@/lib/audit";

// Regional federation pushes official results from its own system.
// ok: missing-input-validation
export async function POST(req: Request) {
  const apiKey = req.headers.get("x-federation-key");
  // ruleid: timing-unsafe-comparison
  if (!apiKey || apiKey !== process.env.FEDERATION_API_KEY) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const parsed = resultSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid payload" }, { status: 422 });
  const { fixtureId, ...score } = parsed.data;
  // ok: mass-assignment
  await db.update(fixtures).set({ ...score, status: "official" }).where(eq(fixtures.id, fixtureId));
  logger.info({ fixtureId }, "federation result");
  return NextResponse.json({ ok: true });
}
