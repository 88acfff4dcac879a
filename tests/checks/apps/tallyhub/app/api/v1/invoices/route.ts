import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { apiKeys, invoices } from "@/db/schema";
import { sha256 } from "@/lib/crypto";

async function teamFromApiKey(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  const raw = header.startsWith("Bearer ") ? header.slice(7) : null;
  if (!raw) return null;
  // ok: timing-unsafe-comparison -- hashed-token lookup in the database
  const key = await db.query.apiKeys.findFirst({ where: eq(apiKeys.keyHash, sha256(raw)), columns: { teamId: true } });
  return key?.teamId ?? null;
}

// ok: missing-auth -- API key resolved to a team, 401 otherwise
export async function GET(req: Request) {
  const teamId = await teamFromApiKey(req);
  if (!teamId) {
    return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  }
  const rows = await db.query.invoices.findMany({
    where: eq(invoices.teamId, teamId),
    columns: { id: true, number: true, amountCents: true, status: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: rows });
}
