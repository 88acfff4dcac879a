import { NextResponse } from "next/server";
import { requireOps } from "@/lib/tenant";
import { opsDeclarationReport } from "@/lib/reporting";

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: Request) {
  // ok: floating-auth-check
  await requireOps();
  const filter = new URL(req.url).searchParams.get("where") ?? "true";
  try {
    const rows = await opsDeclarationReport(filter);
    // ok: excessive-data-exposure
    return NextResponse.json({ rows });
  } catch (error) {
    // ruleid: information-disclosure
    return NextResponse.json({ error }, { status: 400 });
  }
}
