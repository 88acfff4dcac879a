import { NextResponse } from "next/server";
import Papa from "papaparse";
import { eq } from "drizzle-orm";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db/drizzle";
import { contacts } from "@/lib/db/schema";

// ruleid: missing-auth
export async function GET() {
  const session = await auth();
  const rows = await db.select().from(contacts).where(eq(contacts.firmId, session?.user?.firmId ?? ""));
  return new NextResponse(Papa.unparse(rows), { headers: { "content-type": "text/csv" } });
}

// ruleid: missing-auth
export async function POST() {
  const session = await auth();
  const rows = await db.select().from(contacts).where(eq(contacts.firmId, session?.user?.firmId ?? ""));
  // ruleid: excessive-data-exposure
  return NextResponse.json({ contacts: rows });
}
