import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { checkSupportAgent } from "@/lib/auth/require";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const { session, error } = await checkSupportAgent();
  if (!session) return NextResponse.json({ error }, { status: 401 });
  const status = z.enum(["open", "in_progress", "closed"]).parse(req.nextUrl.searchParams.get("status") ?? "open");
  const tickets = await prisma.supportTicket.findMany({ where: { status }, select: { id: true, subject: true, priority: true, assigneeId: true } });
  // ok: excessive-data-exposure
  return NextResponse.json({ tickets });
}

// Full-text search in ticket bodies for agents.
// why: body field `q` is only cast with `as`, then reaches SQL
// ruleid: missing-input-validation
// ok: missing-auth
export async function POST(req: NextRequest) {
  const { session } = await checkSupportAgent();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { q } = (await req.json()) as { q: string };
  // why: agent search term concatenated into SQL
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT id, subject FROM support_tickets WHERE body ILIKE '%" + q + "%' LIMIT 50");
  // ok: excessive-data-exposure
  return NextResponse.json({ rows: rows.map((r) => ({ id: r.id, subject: r.subject })) });
}
