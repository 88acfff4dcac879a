import { NextResponse } from "next/server";
import { randomUUID } from "node:crypto";
import * as v from "valibot";
import { withNetwork } from "@/lib/auth/network";
import { prisma } from "@/lib/db/prisma";
import { presignUpload } from "@/lib/s3";

const Body = v.object({ episodeId: v.string(), contentType: v.picklist(["audio/mpeg", "audio/mp4"]) });

// ok: missing-auth, missing-input-validation
export const POST = withNetwork(async (req, ctx) => {
  const body = v.parse(Body, await req.json());
  // ok: missing-authorization
  const ep = await prisma.episode.findFirst({ where: { id: body.episodeId, networkId: ctx.networkId }, select: { id: true } });
  if (!ep) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const key = `audio/${ctx.networkId}/${ep.id}/${randomUUID()}`;
  await prisma.episode.update({ where: { id: ep.id }, data: { audioKey: key } });
  return NextResponse.json({ url: await presignUpload(key, body.contentType), key });
}, ["OWNER", "PRODUCER", "EDITOR"]);
