import { NextResponse } from "next/server";
import { z } from "zod";
import { requireMarshal } from "@/lib/supabase/server";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ raceId: string }> }) {
  const { supabase, user } = await requireMarshal();
  const raceId = z.string().cuid().parse((await params).raceId);
  const { data: lead } = await supabase.from("race_organisers").select("race_id").eq("user_id", user.id).eq("race_id", raceId).maybeSingle();
  if (!lead) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  const { data } = await supabase.from("volunteers").select().eq("race_id", raceId);
  // ruleid: excessive-data-exposure
  return NextResponse.json(data);
}
