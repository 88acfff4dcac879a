import { NextResponse, type NextRequest } from "next/server";
import { requirePractice } from "@/lib/auth/clerk";
import { searchPatients, searchPatientsLegacy } from "@/lib/search";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const ctx = await requirePractice();
  const q = req.nextUrl.searchParams.get("q") ?? "";
  if (q.length < 2 || q.length > 60) return NextResponse.json([]);
  const rows = await searchPatients(ctx.practiceId, q);
  return NextResponse.json(rows);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  const ctx = await requirePractice();
  const { q, fields } = await req.json();
  const rows = await searchPatientsLegacy(ctx.practiceId, q, fields);
  return NextResponse.json(rows);
}
