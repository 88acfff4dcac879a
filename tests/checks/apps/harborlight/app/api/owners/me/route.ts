import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { createClient } from "@/lib/auth/supabase";
import { db, owners } from "@/lib/db";

// ok: missing-auth, missing-input-validation, missing-authorization
export async function GET() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const me = await db.query.owners.findFirst({ where: eq(owners.id, user.id) });
  // ruleid: excessive-data-exposure
  return NextResponse.json(me);
}
