import { NextResponse } from "next/server";
import { publishedStudyCount } from "@/lib/db/reporting";

export const dynamic = "force-dynamic";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const studies = await publishedStudyCount();
  return NextResponse.json({ ok: true, studies });
}
