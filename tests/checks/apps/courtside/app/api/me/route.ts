import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { getApiUser } from "@/lib/session";
import { db } from "@/lib/db";
import { users } from "@/db/schema";

// Mobile app profile endpoint.
// ok: missing-auth, missing-input-validation
export async function GET() {
  const user = await getApiUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  // ok: missing-authorization
  const me = await db.query.users.findFirst({ where: eq(users.id, user.id) });
  // ruleid: excessive-data-exposure
  return NextResponse.json(me);
}
