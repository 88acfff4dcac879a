import { NextResponse } from "next/server";
import { getLeaderboard } from "@/app/actions/competitions";

export const revalidate = 30;

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function GET(_req: Request, { params }: { params: Promise<{ compId: string }> }) {
  const { compId } = await params;
  const rows = await getLeaderboard(compId);
  // ok: excessive-data-exposure
  return NextResponse.json({ rows });
}
