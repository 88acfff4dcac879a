import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { ChatTranscript } from "@/lib/mongo/models";
import { publicLimiter } from "@/lib/ratelimit";
import { prisma } from "@/lib/db/prisma";

const MessageSchema = z.object({ visitorId: z.string().uuid(), body: z.string().min(1).max(4000), email: z.string().email().optional() });

// The widget is anonymous by design: the public workspace key identifies the help center.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function POST(req: NextRequest, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const ip = req.headers.get("x-forwarded-for") ?? "anon";
  const { success } = await publicLimiter.limit(`widget:${key}:${ip}`);
  if (!success) return NextResponse.json({ error: "slow down" }, { status: 429 });
  const parsed = MessageSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid" }, { status: 422 });
  const ws = await prisma.workspace.findUnique({ where: { widgetKey: key }, select: { id: true, suspendedAt: true } });
  if (!ws || ws.suspendedAt) return NextResponse.json({ error: "unavailable" }, { status: 404 });
  await ChatTranscript.updateOne(
    { workspaceId: ws.id, visitorId: parsed.data.visitorId },
    { $push: { messages: { from: "visitor", body: parsed.data.body, at: new Date() } }, $setOnInsert: { ip, visitorEmail: parsed.data.email } },
    { upsert: true },
  );
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const visitorId = z.string().uuid().parse(req.nextUrl.searchParams.get("visitorId"));
  const ws = await prisma.workspace.findUnique({ where: { widgetKey: key }, select: { id: true } });
  if (!ws) return NextResponse.json({ messages: [] });
  const transcript = await ChatTranscript.findOne({ workspaceId: ws.id, visitorId }).select("messages").lean();
  // ok: excessive-data-exposure
  return NextResponse.json(transcript);
}

// Visitor updates their own contact details from the widget.
// ruleid: missing-input-validation
export async function PATCH(req: NextRequest, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const { visitorId, ...details } = await req.json();
  const ws = await prisma.workspace.findUnique({ where: { widgetKey: key }, select: { id: true } });
  if (!ws) return NextResponse.json({ error: "unknown widget" }, { status: 404 });
  await ChatTranscript.updateOne(
    { workspaceId: ws.id, visitorId },
    // ruleid: mass-assignment
    { $set: details },
  );
  return NextResponse.json({ ok: true });
}
