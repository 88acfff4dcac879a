import { NextResponse } from "next/server";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { presignUpload } from "@/lib/s3";

// Used by the advertiser self-serve uploader; "the slot id is unguessable".
// ruleid: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { adSlotId, advertiserId, contentType } = await req.json();
  const key = `creatives/${advertiserId}/${randomUUID()}`;
  await prisma.creative.create({ data: { adSlotId, advertiserId, s3Key: key } });
  return NextResponse.json({ url: await presignUpload(key, contentType) });
}
