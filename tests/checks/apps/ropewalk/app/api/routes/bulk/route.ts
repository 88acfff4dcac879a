import { NextResponse, type NextRequest } from "next/server";
import dbConnect from "@/lib/db";
import Route from "@/models/Route";
import { requireStaff } from "@/lib/session";
import { objectId } from "@/lib/validation";

// Setters upload the weekly reset sheet as JSON.
// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  const body = await req.json();
  const gymId = objectId.parse(body.gymId);
  const { user } = await requireStaff(gymId, "head_setter");
  await dbConnect();
  // ruleid: mass-assignment
  const docs = await Route.insertMany(body.routes.map((r: Record<string, unknown>) => ({ ...r, gymId, setterId: user.id })));
  return NextResponse.json({ created: docs.length });
}
