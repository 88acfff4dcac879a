import { NextResponse } from "next/server";
import { z } from "zod";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { apiKeys } from "@/lib/db/schema";
import { telemetry } from "@/lib/db/sqlite";
import { sha256 } from "@/lib/crypto";

const Batch = z.array(z.object({ instrument: z.string().max(40), value: z.number(), at: z.string().datetime() })).max(500);

// Instruments push readings with a tenant API key (looked up by hash).
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const apiKey = req.headers.get("x-api-key");
  if (!apiKey) return NextResponse.json({ error: "missing key" }, { status: 401 });
  // ok: timing-unsafe-comparison
  const [key] = await db.select({ tenantId: apiKeys.tenantId }).from(apiKeys).where(and(eq(apiKeys.hashedKey, sha256(apiKey)), isNull(apiKeys.revokedAt)));
  if (!key) return NextResponse.json({ error: "invalid key" }, { status: 401 });
  const batch = Batch.parse(await req.json());
  const insert = telemetry.prepare("insert into readings (tenant_id, instrument, value, at) values (?, ?, ?, ?)");
  const tx = telemetry.transaction((rows: z.infer<typeof Batch>) => {
    // ok: sql-injection
    for (const r of rows) insert.run(key.tenantId, r.instrument, r.value, r.at);
  });
  tx(batch);
  return NextResponse.json({ stored: batch.length });
}
