import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { authenticateApiToken, hasScope } from "@/lib/api-token";
import { logger } from "@/lib/logger";

type Ctx = { params: Promise<{ key: string }> };

const Key = z.string().regex(/^[a-z0-9][a-z0-9-_.]{1,63}$/);

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest, { params }: Ctx) {
  const principal = await authenticateApiToken(req);
  if (!principal) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const key = Key.parse((await params).key);
  // ok: missing-authorization
  const flag = await prisma.flag.findFirst({ where: { key, project: { orgId: principal.orgId } } });
  if (!flag) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ruleid: excessive-data-exposure
  return NextResponse.json({ data: flag });
}

// ruleid: missing-input-validation
export async function PATCH(req: NextRequest, { params }: Ctx) {
  const principal = await authenticateApiToken(req);
  if (!principal || !hasScope(principal, "flags:write")) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const key = Key.parse((await params).key);
  const body = await req.json();
  // ok: missing-authorization
  const flag = await prisma.flag.findFirst({ where: { key, project: { orgId: principal.orgId } }, select: { id: true } });
  if (!flag) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: missing-authorization
  await prisma.flag.update({
    where: { id: flag.id },
    // ruleid: mass-assignment
    data: body,
  });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: NextRequest, { params }: Ctx) {
  const principal = await authenticateApiToken(req);
  if (!principal || !hasScope(principal, "flags:write")) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const key = Key.parse((await params).key);
  try {
    // ok: missing-authorization
    const { count } = await prisma.flag.deleteMany({ where: { key, project: { orgId: principal.orgId } } });
    return NextResponse.json({ deleted: count });
  } catch (err) {
    logger.error({ err, key }, "flag delete failed");
    // ok: information-disclosure
    return NextResponse.json({ error: "Internal error" }, { status: 500 });
  }
}
