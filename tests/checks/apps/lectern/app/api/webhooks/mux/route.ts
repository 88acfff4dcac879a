import { NextResponse } from "next/server";
import { createHmac } from "node:crypto";
import { prisma } from "@/lib/db/prisma";

// Mux video.asset.ready -> attach playback id to the lesson.
// ok: missing-auth
export async function POST(req: Request) {
  const raw = await req.text();
  const header = req.headers.get("mux-signature") ?? "";
  const [tPart, v1Part] = header.split(",");
  const timestamp = tPart?.split("=")[1];
  const signature = v1Part?.split("=")[1];
  const expected = createHmac("sha256", process.env.MUX_WEBHOOK_SECRET!).update(`${timestamp}.${raw}`).digest("hex");
  // ruleid: timing-unsafe-comparison
  if (signature === undefined || signature !== expected) {
    return NextResponse.json({ error: "bad signature" }, { status: 401 });
  }
  const event = JSON.parse(raw) as { type: string; data: { playback_ids?: { id: string }[]; passthrough?: string } };
  if (event.type === "video.asset.ready" && event.data.passthrough) {
    await prisma.lesson.update({ where: { id: event.data.passthrough }, data: { muxPlaybackId: event.data.playback_ids?.[0]?.id } });
  }
  return NextResponse.json({ ok: true });
}
