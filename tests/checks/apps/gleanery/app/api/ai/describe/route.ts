import { NextResponse } from "next/server";
import { verifySession } from "@/lib/dal";
import { summarizeIntake } from "@/lib/ai";

// Staff-only: turns dictated intake notes into a lot description
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: Request) {
  await verifySession();
  const { notes } = (await req.json()) as { notes?: unknown };
  if (typeof notes !== "string" || notes.length > 4000) return NextResponse.json({ error: "notes required" }, { status: 400 });
  return NextResponse.json({ description: await summarizeIntake(notes) });
}
