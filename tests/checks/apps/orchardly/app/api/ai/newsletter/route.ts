import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { harvestItems } from "@/db/schema";
import { requireFarm } from "@/lib/auth";
import { draftNewsletter } from "@/lib/openai";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  const { farm } = await requireFarm();
  const { week } = z.object({ week: z.string().date() }).parse(await req.json());
  const items = await db.select({ item: harvestItems.item, quantity: harvestItems.quantity, unit: harvestItems.unit }).from(harvestItems).where(and(eq(harvestItems.farmId, farm.id), eq(harvestItems.week, week)));
  try {
    const body = await draftNewsletter(farm.name, items);
    return NextResponse.json({ body });
  } catch (err) {
    console.error(err);
    // ok: information-disclosure
    return NextResponse.json({ error: "The writer is unavailable, try again later." }, { status: 502 });
  }
}
