import { NextResponse } from "next/server";
import { z } from "zod";
import { requireFarm } from "@/lib/auth";
import { presignPut } from "@/lib/s3";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { harvestItems } from "@/db/schema";

const schema = z.object({ filename: z.string().regex(/^[\w.-]{1,80}$/), contentType: z.enum(["image/jpeg", "image/png", "image/webp"]) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { farm } = await requireFarm();
  const parsed = schema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid upload" }, { status: 400 });
  const key = `farms/${farm.id}/produce/${crypto.randomUUID()}-${parsed.data.filename}`;
  const url = await presignPut(key, parsed.data.contentType);
  return NextResponse.json({ url, key });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PUT(req: Request) {
  const { farm } = await requireFarm();
  const { itemId, key, contentType } = (await req.json()) as { itemId: string; key: string; contentType: string };
  const url = await presignPut(`farms/${farm.id}/${key}`, contentType);
  // ok: missing-authorization
  await db.update(harvestItems).set({ photoKey: key }).where(and(eq(harvestItems.id, itemId), eq(harvestItems.farmId, farm.id)));
  return NextResponse.json({ url });
}
