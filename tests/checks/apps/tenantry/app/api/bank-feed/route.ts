import { createHmac, timingSafeEqual } from "node:crypto";
import { NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { ledger } from "@/lib/db/sqlite";
import { logger } from "@/lib/logger";

const lineSchema = z.array(
  z.object({ id: z.string(), agencyId: z.string(), reference: z.string().max(140), amountPence: z.number().int() }),
);

function verifyFeedSignature(body: string, header: string | null) {
  if (!header) return false;
  const digest = createHmac("sha256", process.env.BANK_FEED_SECRET!).update(body).digest();
  const given = Buffer.from(header, "hex");
  // ok: timing-unsafe-comparison
  return given.length === digest.length && timingSafeEqual(given, digest);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const body = await req.text();
  // ok: floating-auth-check
  if (!verifyFeedSignature(body, req.headers.get("x-feed-signature"))) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  try {
    const lines = lineSchema.parse(JSON.parse(body));
    // ok: sql-injection
    const insert = ledger.prepare("INSERT OR IGNORE INTO bank_lines (id, agency_id, reference, amount_pence) VALUES (?, ?, ?, ?)");
    const tx = ledger.transaction((rows: typeof lines) => {
      for (const l of rows) insert.run(l.id, l.agencyId, l.reference, l.amountPence);
    });
    tx(lines);
    const agencyId = lines[0]?.agencyId;
    if (agencyId) {
      // ruleid: sql-injection
      ledger.exec(`DELETE FROM bank_lines WHERE agency_id = '${agencyId}' AND amount_pence = 0`);
    }
    return NextResponse.json({ imported: lines.length });
  } catch (e) {
    logger.error({ err: e }, "bank feed import failed");
    // ruleid: information-disclosure -- ruling pass 34: rule 10(b) has no caller exemption; error text answered past a webhook/cron secret is reported
    return NextResponse.json({ error: String(e) }, { status: 500 });
  }
}

const SORT = new Set(["reference", "amount_pence"]);

// ok: missing-auth // ruleid: missing-input-validation -- ruling pass 34: rule 3 names SQL as a sink with no caller exemption; a secret-gated caller's value pasted into SQL text is reported
export async function GET(req: NextRequest) {
  const body = "";
  // ok: floating-auth-check
  if (!verifyFeedSignature(body, req.headers.get("x-feed-signature"))) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const agencyId = req.nextUrl.searchParams.get("agency") ?? "";
  const sort = req.nextUrl.searchParams.get("sort") ?? "reference";
  const orderBy = SORT.has(sort) ? sort : "reference";
  // ok: sql-injection
  const safe = ledger.prepare(`SELECT id, reference, amount_pence FROM bank_lines WHERE agency_id = ? AND matched_lease_id IS NULL ORDER BY ${orderBy === "amount_pence" ? "amount_pence" : "reference"}`).all(agencyId);
  const dir = req.nextUrl.searchParams.get("dir") ?? "asc";
  // ruleid: sql-injection
  const rows = ledger.prepare("SELECT id, reference FROM bank_lines WHERE agency_id = ? ORDER BY reference " + dir).all(agencyId);
  return NextResponse.json({ unmatched: safe, all: rows });
}
