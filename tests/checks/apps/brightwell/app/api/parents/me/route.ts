import { NextResponse } from "next/server";
import { requireParent } from "@/lib/auth/parent";
import { db } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const parent = await requireParent();
  const me = await db.parent.findUnique({ where: { id: parent.parentId } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(me);
}

// ok: missing-auth, missing-input-validation
export async function HEAD() {
  const parent = await requireParent();
  return new NextResponse(null, { headers: { "x-parent": parent.parentId } });
}
