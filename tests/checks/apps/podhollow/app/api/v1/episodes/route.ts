import { NextResponse } from "next/server";
import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { networkFromApiKey } from "@/modules/v1/auth";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const networkId = await networkFromApiKey(req);
  if (!networkId) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const { status } = v.parse(v.object({ status: v.optional(v.picklist(["draft", "scheduled", "published"]), "published") }), Object.fromEntries(new URL(req.url).searchParams));
  // ok: missing-authorization
  const eps = await prisma.episode.findMany({ where: { networkId, status }, select: { id: true, title: true, status: true, publishAt: true, publishedAt: true } });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: eps });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const networkId = await networkFromApiKey(req);
  if (!networkId) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const body = await req.json();
  // ruleid: missing-authorization
  const ep = await prisma.episode.create({ data: { networkId, showId: body.showId, title: body.title, notes: body.notes }, select: { id: true } });
  return NextResponse.json(ep, { status: 201 });
}
