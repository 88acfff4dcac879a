import { NextResponse } from "next/server";
import { searchTutorsByName, tutorsInCity } from "@/lib/data/search";

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: Request) {
  const q = new URL(req.url).searchParams;
  const name = q.get("name");
  const city = q.get("city");
  if (city) return NextResponse.json(await tutorsInCity(city));
  const rows = await searchTutorsByName(name ?? "");
  return NextResponse.json(rows);
}
