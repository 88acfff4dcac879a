import { NextResponse } from "next/server";
import { ilike } from "drizzle-orm";
import { z } from "zod";
import { requireSuperAdmin } from "@/lib/auth/admin";
import { db } from "@/lib/db/drizzle";
import { users } from "@/lib/db/schema";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  await requireSuperAdmin();
  const q = z.string().max(120).parse(new URL(req.url).searchParams.get("q") ?? "");
  const rows = await db
    .select({ id: users.id, email: users.email, name: users.name, createdAt: users.createdAt })
    .from(users)
    .where(ilike(users.email, `%${q}%`))
    .limit(50);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}
