import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { searchInvoiceNumbers } from "@/lib/reports";

// ruleid: missing-input-validation -- fixed in pass 40 (E): search param read inline as the pasted argument of a SQL helper
// ok: missing-auth
export async function GET(req: NextRequest) {
  const session = await auth.api.getSession({ headers: req.headers });
  if (!session || (session.user as { role?: string }).role !== "finance") {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  const results = await searchInvoiceNumbers(req.nextUrl.searchParams.get("q") ?? "");
  // ok: excessive-data-exposure
  return NextResponse.json({ results });
}
