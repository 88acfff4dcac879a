import { NextResponse, type NextRequest } from "next/server";
import { createSessionClient } from "@/lib/auth/appwrite";
import { sql } from "@/lib/db/sql";

// Unregisters a push token when the app is uninstalled / the user signs out.
// ruleid: missing-auth
// todoruleid: missing-input-validation
export async function DELETE(req: NextRequest) {
  const { account } = await createSessionClient();
  // ruleid: floating-auth-check
  account.get();
  const token = req.nextUrl.searchParams.get("pushToken");
  const crewId = req.nextUrl.searchParams.get("crewId");
  // ok: sql-injection
  await sql`delete from crew_push_tokens where crew_id = ${crewId} and push_token = ${token}`;
  return new NextResponse(null, { status: 204 });
}
