import { NextResponse, type NextRequest } from "next/server";
import { withTracing } from "@/lib/with-league";
import { prisma } from "@/lib/db/prisma";
import { deleteObject } from "@/lib/s3";

// withTracing only adds a request id
// ruleid: missing-auth // todoruleid: missing-input-validation -- known gap (pass 37, H): route param into an ORM filter, the pass-21 exemption
export const DELETE = withTracing(async (_req: NextRequest, { params }) => {
  const { photoId } = await params;
  const photo = await prisma.photo.delete({ where: { id: photoId }, select: { key: true } });
  await deleteObject(photo.key);
  return NextResponse.json({ ok: true });
});
