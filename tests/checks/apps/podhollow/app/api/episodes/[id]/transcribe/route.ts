import { NextResponse } from "next/server";
import * as v from "valibot";
import { withNetwork } from "@/lib/auth/network";
import { prisma } from "@/lib/db/prisma";
import { presignDownload } from "@/lib/s3";

const Body = v.object({ language: v.optional(v.picklist(["en", "es", "de", "fr"]), "en") });

// Sends the audio to the transcription service; the result comes back on /api/webhooks/transcription.
// ok: missing-auth
export const POST = withNetwork(async (req, ctx) => {
  const body = v.parse(Body, await req.json().catch(() => ({})));
  // ok: missing-authorization
  const ep = await prisma.episode.findFirst({ where: { id: ctx.params.id, networkId: ctx.networkId }, select: { id: true, audioKey: true } });
  if (!ep?.audioKey) return NextResponse.json({ error: "Upload audio first" }, { status: 400 });
  const res = await fetch(`${process.env.TRANSCRIBE_API_URL}/jobs`, {
    method: "POST",
    headers: { authorization: `Bearer ${process.env.TRANSCRIBE_API_KEY}`, "content-type": "application/json" },
    body: JSON.stringify({ audio_url: await presignDownload(ep.audioKey), language: body.language, callback: "https://podhollow.fm/api/webhooks/transcription" }),
  });
  const job = (await res.json()) as { id: string };
  await prisma.episode.update({ where: { id: ep.id }, data: { transcriptJobId: job.id } });
  return NextResponse.json({ jobId: job.id });
}, ["OWNER", "PRODUCER", "EDITOR"]);

// Re-run with a custom engine endpoint (beta).
// ok: missing-auth
// ruleid: missing-input-validation
export const PUT = withNetwork(async (req, ctx) => {
  const { engineUrl } = await req.json();
  // ok: missing-authorization
  const ep = await prisma.episode.findFirst({ where: { id: ctx.params.id, networkId: ctx.networkId }, select: { audioKey: true } });
  const res = await fetch(engineUrl, { method: "POST", body: JSON.stringify({ audio: ep?.audioKey }) });
  return NextResponse.json({ status: res.status });
});
