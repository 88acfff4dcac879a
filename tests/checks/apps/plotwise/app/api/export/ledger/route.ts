import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db";

// Accountant's spreadsheet pulls this nightly with a shared key.
export async function GET(req: NextRequest) {
  const exportKey = req.headers.get("x-export-key");
  // ok: timing-unsafe-comparison
  if (exportKey === null || exportKey === "") return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  // ruleid: timing-unsafe-comparison
  if (exportKey !== process.env.LEDGER_EXPORT_KEY) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  const fees = await prisma.fee.findMany({ select: { year: true, amountPence: true, status: true, paidAt: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(fees);
}
