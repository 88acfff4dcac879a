import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { isNetworkOwner } from "@/lib/auth/network";
import { logActivity } from "@/lib/audit";

type Ctx = { params: Promise<{ networkId: string }> };

// ok: missing-auth
export async function GET(_req: NextRequest, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { networkId } = await params;
  const me = await prisma.membership.findUnique({ where: { userId_networkId: { userId: session.user.id, networkId } }, select: { id: true } });
  if (!me) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  const members = await prisma.membership.findMany({ where: { networkId }, select: { id: true, role: true, user: { select: { name: true, email: true } } } });
  // ok: excessive-data-exposure
  return NextResponse.json(members);
}

const AddMember = z.object({ userId: z.string(), role: z.enum(["PRODUCER", "EDITOR", "AD_SALES"]) });

// ok: missing-auth, missing-audit-log
export async function POST(req: NextRequest, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { networkId } = await params;
  // ok: floating-auth-check
  if (!(await isNetworkOwner(session.user.id, networkId))) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const body = AddMember.parse(await req.json());
  // owner adds a member: the client userId/role is the point of the endpoint (see LABELS.md)
  // ok: missing-authorization // ruleid: mass-assignment
  const m = await prisma.membership.create({ data: { networkId, userId: body.userId, role: body.role }, select: { id: true } });
  await logActivity({ actorId: session.user.id, networkId, action: "member.add", target: body.userId, meta: { role: body.role } });
  return NextResponse.json(m, { status: 201 });
}

// ok: missing-auth
// ruleid: missing-audit-log // todoruleid: missing-input-validation -- known gap (pass 38, F): pass-21 policy row, a search param into an ORM filter
export async function DELETE(req: NextRequest, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { networkId } = await params;
  const userId = new URL(req.url).searchParams.get("userId")!;
  // ruleid: floating-auth-check
  if (!isNetworkOwner(session.user.id, networkId) && userId !== session.user.id) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ruleid: missing-authorization
  await prisma.membership.delete({ where: { userId_networkId: { userId, networkId } } });
  return new NextResponse(null, { status: 204 });
}
