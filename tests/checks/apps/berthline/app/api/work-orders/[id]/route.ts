import { NextResponse } from "next/server";
import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { WorkOrder } from "@/models/WorkOrder";
import { CrewLog } from "@/models/CrewLog";
import { requireCrewUser } from "@/lib/supabase/server";

type Ctx = { params: Promise<{ id: string }> };
const ObjectId = z.string().regex(/^[a-f0-9]{24}$/);

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const { supabase, user } = await requireCrewUser();
  const id = ObjectId.parse((await params).id);
  await connectMongo();
  const wo = await WorkOrder.findById(id).select("marinaId").lean<{ marinaId: string }>();
  if (!wo) return NextResponse.json({ error: "not found" }, { status: 404 });
  const { data: lead } = await supabase.from("crew_members").select("id").eq("marina_id", wo.marinaId).eq("user_id", user.id).eq("is_lead", true).maybeSingle();
  if (!lead) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: missing-authorization
  await WorkOrder.deleteOne({ _id: id });
  await CrewLog.deleteMany({ workOrderId: id });
  return new NextResponse(null, { status: 204 });
}

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { user } = await requireCrewUser();
  const id = ObjectId.parse((await params).id);
  await connectMongo();
  // ruleid: missing-authorization
  const logs = await CrewLog.find({ workOrderId: id }).select("hours note authorId createdAt").lean();
  // ok: excessive-data-exposure
  return NextResponse.json({ logs, viewer: user.id });
}
