import { NextResponse } from "next/server";
import { z } from "zod";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import { parseChipCsv, stageReads } from "@/lib/timing/staging";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await getServerSession(authOptions);
  const role = (session?.user as { role?: string } | undefined)?.role;
  if (role !== "TIMER") return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  try {
    const form = await req.formData();
    const raceId = z.string().cuid().parse(form.get("raceId"));
    const file = form.get("file");
    if (!(file instanceof File) || file.size > 5_000_000) return NextResponse.json({ error: "Bad file" }, { status: 400 });
    const reads = parseChipCsv(await file.text(), raceId);
    stageReads(reads);
    return NextResponse.json({ staged: reads.length });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: "Import failed", detail: (err as Error).message }, { status: 500 });
  }
}
