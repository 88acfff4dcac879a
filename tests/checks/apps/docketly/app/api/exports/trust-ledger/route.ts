import { NextResponse, type NextRequest } from "next/server";
import Papa from "papaparse";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { ledgerRows } from "@/lib/sql/ledger";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const session = await auth();
  if (!session?.user || !["OWNER", "MANAGING_PARTNER", "BILLING_CLERK"].includes(session.user.role)) {
    return NextResponse.json({ error: "forbidden" }, { status: 403 });
  }
  const sp = req.nextUrl.searchParams;
  const q = z.object({ accountId: z.string().uuid(), sort: z.string().max(20).default("date"), dir: z.enum(["asc", "desc"]).default("desc") }).parse(Object.fromEntries(sp));
  const rows = await ledgerRows(session.user.firmId, q.accountId, q.sort, q.dir);
  const csv = Papa.unparse(rows.map((r) => ({ date: r.created_at.toISOString(), client: r.client_name, matter: r.matter_number, memo: r.memo, amount: (r.amount_cents / 100).toFixed(2) })));
  return new NextResponse(csv, { headers: { "content-type": "text/csv", "content-disposition": "attachment; filename=trust-ledger.csv" } });
}
