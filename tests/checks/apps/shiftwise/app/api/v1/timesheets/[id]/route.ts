import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { authenticateApiKey } from "@/lib/api-keys";
import { db, timeEntries } from "@/lib/drizzle";

// ok: missing-auth
// todoruleid: missing-input-validation -- route and search parameters into an ORM call are exempt (policy kept in pass 21: the literal reading found 17 labelled rows and flagged 51 ok or unlabelled ones across eight blind apps)
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const key = await authenticateApiKey(req);
  if (!key) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  // ruleid: missing-authorization
  const rows = await db.select({ id: timeEntries.id, clockIn: timeEntries.clockIn, clockOut: timeEntries.clockOut, employeeId: timeEntries.employeeId }).from(timeEntries).where(eq(timeEntries.id, id));
  return NextResponse.json(rows[0] ?? null);
}
