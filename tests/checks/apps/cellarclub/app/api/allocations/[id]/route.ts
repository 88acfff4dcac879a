import { NextResponse } from "next/server";
import { z } from "zod";
import { createSupabaseServer } from "@/lib/auth/supabase";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth/dal";

// Member view of one allocation.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse((await params).id);
  const alloc = await prisma.allocation.findFirst({
    // ok: missing-authorization
    where: { id, memberId: { in: (await prisma.member.findMany({ where: { userId }, select: { id: true } })).map((m) => m.id) } },
    select: { id: true, quarter: true, status: true, totalCents: true, items: { select: { wineId: true, quantity: true } } },
  });
  if (!alloc) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(alloc);
}

// Distributor-side allocation mirror (Supabase).
// ok: missing-auth, missing-input-validation
export async function PUT(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const supabase = await createSupabaseServer();
  const { data: { user }, error } = await supabase.auth.getUser();
  if (error || !user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse((await params).id);
  const patch = z.object({ cases: z.number().int().min(0).max(500) }).parse(await req.json());
  try {
    // ok: mass-assignment, missing-authorization
    const { error: upErr } = await supabase.from("distributor_allocations").update(patch).eq("id", id).eq("distributor_user_id", user.id);
    if (upErr) throw upErr;
    return NextResponse.json({ updated: true });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (e as Error).message }, { status: 400 });
  }
}
