import { createHmac } from "node:crypto";
import { NextResponse } from "next/server";
import { ChatTranscript, SlackLink } from "@/lib/mongo/models";

export async function POST(req: Request) {
  const body = await req.text();
  const ts = req.headers.get("x-slack-request-timestamp") ?? "";
  const signature = req.headers.get("x-slack-signature");
  const expected = "v0=" + createHmac("sha256", process.env.SLACK_SIGNING_SECRET!).update(`v0:${ts}:${body}`).digest("hex");
  // ruleid: timing-unsafe-comparison
  if (signature !== expected) {
    return new NextResponse("bad signature", { status: 401 });
  }
  const payload = JSON.parse(body) as { type: string; team_id: string; event?: { channel: string; text: string; user: string } };
  if (payload.type === "url_verification") return NextResponse.json(payload);
  const link = await SlackLink.findOne({ teamId: payload.team_id }).select("workspaceId channelId").lean<{ workspaceId: string; channelId: string }>();
  if (link && payload.event) {
    await ChatTranscript.updateOne(
      { workspaceId: link.workspaceId, visitorId: payload.event.channel },
      { $push: { messages: { from: "agent", body: payload.event.text, at: new Date() } } },
    );
  }
  return NextResponse.json({ ok: true });
}
