import { NextResponse } from "next/server";
import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { WorkOrder } from "@/models/WorkOrder";
import { createClient, requireCrewUser } from "@/lib/supabase/server";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const { supabase, user } = await requireCrewUser();
  const marinaId = z.string().cuid().parse(new URL(req.url).searchParams.get("marina"));
  const { data: me } = await supabase.from("crew_members").select("id").eq("marina_id", marinaId).eq("user_id", user.id).maybeSingle();
  if (!me) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  await connectMongo();
  // ok: missing-authorization
  const docs = await WorkOrder.find({ marinaId }, { title: 1, status: 1, priority: 1, assigneeId: 1 }).lean();
  // ok: excessive-data-exposure
  return NextResponse.json(docs);
}

// Used by the crew tablet app.
// ruleid: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  const body = await req.json();
  await connectMongo();
  // ruleid: mass-assignment
  const doc = await WorkOrder.create({ ...body, createdById: user?.id ?? "tablet" });
  return NextResponse.json({ id: String(doc._id) }, { status: 201 });
}
