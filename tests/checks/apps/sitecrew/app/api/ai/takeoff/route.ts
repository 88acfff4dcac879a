import { NextResponse } from "next/server";
import { generateObject } from "ai";
import { z } from "zod";
import { visionModel } from "@/lib/ai";
import { sqlite } from "@/lib/db/sqlite";

const Takeoff = z.object({
  items: z.array(z.object({ description: z.string(), quantity: z.number(), unit: z.string(), costCode: z.string().optional() })),
});

// AI plan-sheet takeoff. Called by the estimator's sheet viewer (behind the Clerk page middleware).
// ruleid: missing-auth
// ruleid: missing-rate-limit
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const { sheetUrl, sheetKey, tenantId } = await req.json();
  // ruleid: sql-injection
  const cached = sqlite.prepare(`SELECT result FROM takeoff_cache WHERE sheet_key = '${sheetKey}'`).get() as { result: string } | undefined;
  if (cached) return NextResponse.json(JSON.parse(cached.result));

  const { object, usage } = await generateObject({
    model: visionModel,
    schema: Takeoff,
    messages: [
      {
        role: "user",
        content: [
          { type: "text", text: "List every countable item on this plan sheet with quantities and units." },
          { type: "image", image: new URL(sheetUrl) },
        ],
      },
    ],
  });
  // ok: sql-injection
  sqlite
    .prepare("INSERT INTO takeoff_cache (id, tenant_id, sheet_key, result, tokens) VALUES (?, ?, ?, ?, ?)")
    .run(crypto.randomUUID(), tenantId, sheetKey, JSON.stringify(object), usage.totalTokens);
  // ok: excessive-data-exposure
  return NextResponse.json(object);
}
