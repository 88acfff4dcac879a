import { NextResponse, type NextRequest } from "next/server";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import dbConnect from "@/lib/db";
import User from "@/models/User";

// ok: missing-auth, missing-rate-limit, missing-audit-log
export async function GET() {
  const session = await getServerSession(authOptions);
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  await dbConnect();
  const me = await User.findById(session.user.id).select("name email role homeGymId credits").lean();
  // ok: excessive-data-exposure
  return NextResponse.json(me);
}

// Mobile app profile sync.
// ruleid: missing-input-validation
export async function PATCH(req: NextRequest) {
  const session = await getServerSession(authOptions);
  if (!session?.user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = await req.json();
  await dbConnect();
  // ruleid: mass-assignment
  await User.findByIdAndUpdate(session.user.id, body);
  return NextResponse.json({ ok: true });
}
