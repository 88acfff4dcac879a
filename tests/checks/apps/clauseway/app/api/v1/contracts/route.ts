import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { contracts } from "@/lib/db/schema";
import { workspaceFromApiKey } from "@/lib/api/api-key";
import { ratelimit } from "@/lib/rate-limit";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const key = await workspaceFromApiKey(req);
  if (!key) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const { success } = await ratelimit.limit(`api:${key.id}`);
  if (!success) return NextResponse.json({ error: "rate limited" }, { status: 429 });
  const status = z.enum(["draft", "in_review", "approved", "signed", "expired"]).optional().parse(new URL(req.url).searchParams.get("status") ?? undefined);
  // ok: missing-authorization
  const rows = await db.select().from(contracts).where(status ? and(eq(contracts.workspaceId, key.workspaceId), eq(contracts.status, status)) : eq(contracts.workspaceId, key.workspaceId));
  // why: full drizzle rows (signingSecret, envelopeId) in the public API response
  // ruleid: excessive-data-exposure
  return NextResponse.json({ data: rows });
}

const createSchema = z.object({ title: z.string().min(1).max(200), counterpartyName: z.string().max(200).optional(), value: z.number().int().nonnegative().optional() });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const key = await workspaceFromApiKey(req);
  if (!key) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const body = createSchema.parse(await req.json());
  // ok: mass-assignment, missing-authorization
  const [row] = await db.insert(contracts).values({ ...body, workspaceId: key.workspaceId, ownerId: `apikey:${key.id}` }).returning({ id: contracts.id });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: row.id }, { status: 201 });
}
