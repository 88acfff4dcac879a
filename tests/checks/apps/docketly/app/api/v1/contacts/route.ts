import { NextResponse, type NextRequest } from "next/server";
import { eq } from "drizzle-orm";
import { authenticateApiKey } from "@/lib/api/route-builder";
import { db } from "@/lib/db/drizzle";
import { contacts } from "@/lib/db/schema";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const key = await authenticateApiKey(req, "contacts:read");
  if (!key) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
  const rows = await db.select({ id: contacts.id, name: contacts.name, email: contacts.email, kind: contacts.kind }).from(contacts).where(eq(contacts.firmId, key.firmId));
  // ok: excessive-data-exposure
  return NextResponse.json({ data: rows });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: NextRequest) {
  const key = await authenticateApiKey(req, "contacts:write");
  if (!key) return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
  const id = new URL(req.url).searchParams.get("id");
  if (typeof id !== "string" || !/^[0-9a-f-]{36}$/.test(id)) return NextResponse.json({ error: "bad_id" }, { status: 400 });
  // ruleid: missing-authorization
  await db.delete(contacts).where(eq(contacts.id, id));
  return NextResponse.json({ deleted: true });
}
