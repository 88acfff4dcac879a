import { NextResponse, type NextRequest } from "next/server";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import dbConnect from "@/lib/db";
import User from "@/models/User";
import { requireStaff } from "@/lib/session";
import { objectId } from "@/lib/validation";

type Ctx = { params: Promise<{ memberId: string }> };

// Desk member card: /api/members/:id?gymId=...
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function GET(req: NextRequest, { params }: Ctx) {
  const memberId = objectId.parse((await params).memberId);
  const gymId = objectId.parse(req.nextUrl.searchParams.get("gymId"));
  await requireStaff(gymId, "front_desk");
  await dbConnect();
  // todoruleid: missing-authorization -- known gap (pass 42, B): role checked at client-named gym, member read by id alone
  const member = await User.findById(memberId);
  // ruleid: excessive-data-exposure
  return NextResponse.json(member);
}

// ruleid: missing-auth, missing-audit-log
export async function DELETE(_req: NextRequest, { params }: Ctx) {
  const session = await getServerSession(authOptions);
  const memberId = objectId.parse((await params).memberId);
  await dbConnect();
  await User.updateOne({ _id: memberId }, { $set: { deletedAt: new Date(), deskNote: `removed by ${session?.user.id ?? "desk"}` } });
  return new NextResponse(null, { status: 204 });
}
