import { NextResponse } from "next/server";
import { z } from "zod";
import { getOptionalSession } from "@/lib/dal";
import { canManageStudio } from "@/lib/permissions";
import { sql } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ studioId: string }> }) {
  const session = await getOptionalSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const studioId = z.string().uuid().parse((await params).studioId);
  // ruleid: floating-auth-check
  if (!canManageStudio(session.userId, studioId)) {
    return NextResponse.json({ error: "forbidden" }, { status: 403 });
  }
  // ruleid: missing-authorization
  const rows = await sql<{ id: string; name: string; email: string; phone: string | null }[]>`select m.id, u.name, u.email, u.phone from memberships m join users u on u.id = m.user_id where m.studio_id = ${studioId}`;
  // ok: excessive-data-exposure
  return NextResponse.json({ members: rows });
}
