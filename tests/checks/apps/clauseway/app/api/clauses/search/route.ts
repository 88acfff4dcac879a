import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { pool } from "@/lib/db/pg";
import { getCurrentUser } from "@/lib/session";
import { connectMongo } from "@/lib/db/mongo";
import { ClauseTemplateModel } from "@/lib/models/clause-template";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const q = z.string().min(1).max(100).parse(req.nextUrl.searchParams.get("q"));
  const ws = z.string().uuid().parse(req.nextUrl.searchParams.get("workspaceId"));
  // ok: sql-injection, missing-authorization
  const { rows } = await pool.query("SELECT cl.id, cl.heading FROM clauses cl JOIN contracts c ON c.id = cl.contract_id JOIN memberships m ON m.workspace_id = c.workspace_id WHERE m.user_id = $1 AND c.workspace_id = $2 AND cl.heading ILIKE $3 LIMIT 20", [user.id, ws, `%${q}%`]);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// why: body fields reach the SQL call with no validation
// ruleid: missing-input-validation
// ok: missing-auth
export async function POST(req: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { heading, workspaceId } = await req.json();
  // why: heading from the JSON body concatenated into the SQL string
  // ruleid: sql-injection
  const { rows } = await pool.query("SELECT cl.id, cl.heading FROM clauses cl JOIN contracts c ON c.id = cl.contract_id JOIN memberships m ON m.workspace_id = c.workspace_id WHERE m.user_id = $1 AND c.workspace_id = $2 AND cl.heading = '" + heading + "'", [user.id, workspaceId]);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

/** Public clause library (templates marked public by their workspace). */
// ok: missing-auth, missing-input-validation
export async function PUT(req: NextRequest) {
  const { category } = z.object({ category: z.enum(["liability", "indemnity", "termination", "confidentiality", "payment", "other"]) }).parse(await req.json());
  await connectMongo();
  const docs = await ClauseTemplateModel.find({ isPublic: true, approved: true, category }).select("title category body").limit(50).lean();
  // ok: excessive-data-exposure
  return NextResponse.json(docs);
}
