import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@clerk/nextjs/server";
import * as yup from "yup";
import { prisma } from "@/lib/db/prisma";
import { requireClerkAdmin } from "@/lib/auth/clerk-admin";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  await auth.protect({ role: "org:admin" });
  const q = yup.string().max(100).default("").validateSync(req.nextUrl.searchParams.get("q") ?? "");
  const users = await prisma.user.findMany({ where: { email: { contains: q } }, select: { id: true, email: true, name: true, createdAt: true }, take: 50 });
  // ok: excessive-data-exposure
  return NextResponse.json(users);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function PATCH(req: NextRequest) {
  const { staffId } = await requireClerkAdmin();
  const body = await yup.object({ userId: yup.string().required(), emailVerified: yup.boolean().required() }).validate(await req.json());
  // ok: missing-authorization -- (gap judge W, A; fixed in pass 31, ruling: a Clerk org role check is a role check) requireClerkAdmin() is a Clerk orgRole check
  // todook: mass-assignment -- (gap judge: ambiguous) emailVerified set by a role-checked staff admin: rule 4's wording vs the pass-20 policy
  await prisma.user.update({ where: { id: body.userId }, data: { emailVerified: body.emailVerified ? new Date() : null } });
  await auditLog({ actorId: staffId, action: "admin.email_verified_set", target: body.userId });
  return NextResponse.json({ ok: true });
}

// why: admin deletes a user with no audit log
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function DELETE(req: NextRequest) {
  await requireClerkAdmin();
  const userId = await yup.string().required().validate(req.nextUrl.searchParams.get("id"));
  try {
    // ok: missing-authorization -- (gap judge W, A; fixed in pass 31, ruling: a Clerk org role check is a role check) requireClerkAdmin() is a Clerk orgRole check
    await prisma.user.delete({ where: { id: userId } });
    return NextResponse.json({ ok: true });
  } catch (e) {
    // why: the Prisma error object itself is serialised back to the client
    // ruleid: information-disclosure
    return NextResponse.json({ error: e }, { status: 500 });
  }
}
