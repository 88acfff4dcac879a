"use server";

import { randomUUID } from "node:crypto";
import * as v from "valibot";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { presignUpload } from "@/lib/s3";
import { requireMembership } from "@/lib/auth/network";

const AudioUpload = v.object({
  episodeId: v.pipe(v.string(), v.maxLength(40)),
  contentType: v.picklist(["audio/mpeg", "audio/mp4", "audio/wav"]),
});

// ok: missing-auth, missing-input-validation
export async function requestAudioUpload(input: unknown) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  const data = v.parse(AudioUpload, input);
  const ep = await prisma.episode.findUnique({ where: { id: data.episodeId }, select: { networkId: true } });
  if (!ep) throw new Error("Not found");
  await requireMembership(ep.networkId, ["OWNER", "PRODUCER", "EDITOR"]);
  const key = `audio/${ep.networkId}/${data.episodeId}/${randomUUID()}`;
  // ok: missing-authorization
  await prisma.episode.update({ where: { id: data.episodeId }, data: { audioKey: key, status: "uploading" } });
  return { url: await presignUpload(key, data.contentType), key };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function requestCoverUpload(showId: string, contentType: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  const key = `covers/${showId}/${randomUUID()}`;
  // ruleid: missing-authorization
  await prisma.show.update({ where: { id: showId }, data: { coverKey: key } });
  return { url: await presignUpload(key, contentType) };
}

// ok: missing-auth, missing-input-validation
export async function confirmAudioUpload(episodeId: string, durationSec: number) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  const parsed = v.parse(v.object({ episodeId: v.string(), durationSec: v.pipe(v.number(), v.integer(), v.minValue(1)) }), { episodeId, durationSec });
  // ok: missing-authorization
  const res = await prisma.episode.updateMany({
    where: { id: parsed.episodeId, show: { network: { memberships: { some: { userId: session.user.id } } } } },
    data: { durationSec: parsed.durationSec, status: "draft" },
  });
  return { ok: res.count === 1 };
}
