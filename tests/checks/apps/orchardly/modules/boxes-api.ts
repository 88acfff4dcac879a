import { NextResponse } from "next/server";
import { and, eq, desc } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { boxes, apiKeys } from "@/db/schema";
import { hashToken } from "@/lib/secure-compare";

/** Partner API (farm shops embed the box list): bearer API key, looked up by hash. */
async function farmFromApiKey(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : "";
  // ok: timing-unsafe-comparison
  if (token === "") return null;
  const [key] = await db.select({ farmId: apiKeys.farmId, revokedAt: apiKeys.revokedAt }).from(apiKeys).where(eq(apiKeys.tokenHash, hashToken(token))).limit(1);
  if (!key || key.revokedAt) return null;
  return key.farmId;
}

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const farmId = await farmFromApiKey(req);
  if (!farmId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const rows = await db.select({ week: boxes.week, size: boxes.size, contents: boxes.contents }).from(boxes).where(and(eq(boxes.farmId, farmId), eq(boxes.published, true))).orderBy(desc(boxes.week)).limit(8);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

const createSchema = z.object({ week: z.string().date(), size: z.enum(["small", "regular", "family"]), contents: z.array(z.object({ item: z.string(), qty: z.number(), unit: z.string() })).max(30) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const farmId = await farmFromApiKey(req);
  if (!farmId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const data = createSchema.parse(await req.json());
  // ok: mass-assignment, missing-authorization
  const [row] = await db.insert(boxes).values({ ...data, farmId }).returning({ id: boxes.id });
  return NextResponse.json({ id: row.id }, { status: 201 });
}
