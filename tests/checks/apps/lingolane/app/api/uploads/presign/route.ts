import { NextResponse } from "next/server";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { presignUpload } from "@/lib/s3";

const Body = z.object({ jobId: z.string().cuid(), filename: z.string().regex(/^[\w.\- ]{1,200}$/), contentType: z.string().max(100) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = Body.parse(await req.json());
  const job = await prisma.job.findFirst({
    // ok: missing-authorization
    where: { id: body.jobId, org: { memberships: { some: { userId: session.user.id } } } },
    select: { id: true },
  });
  if (!job) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const key = `jobs/${job.id}/${randomUUID()}-${body.filename}`;
  return NextResponse.json({ url: await presignUpload(key, body.contentType), key });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function PUT(req: Request) {
  const session = await auth();
  const body = Body.parse(await req.json());
  const key = `jobs/${body.jobId}/${session?.user?.id ?? "anon"}-${body.filename}`;
  await prisma.document.create({ data: { jobId: body.jobId, s3Key: key, filename: body.filename } });
  return NextResponse.json({ url: await presignUpload(key, body.contentType) });
}
