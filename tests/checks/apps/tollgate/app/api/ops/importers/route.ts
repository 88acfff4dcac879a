import { NextResponse } from "next/server";
import { currentUser } from "@clerk/nextjs/server";
import { db, importers } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const user = await currentUser();
  if (!user || user.publicMetadata?.ops !== true) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const rows = await db.select().from(importers);
  // ruleid: excessive-data-exposure
  return NextResponse.json({ data: rows });
}
