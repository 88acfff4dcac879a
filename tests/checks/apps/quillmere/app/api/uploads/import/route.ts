import { NextResponse } from "next/server";
import { z } from "zod";
import { requireAuthor } from "@/lib/auth/better-auth";
import { prisma } from "@/lib/db/prisma";

const ALLOWED_HOSTS = ["drive.google.com", "www.dropbox.com", "docs.google.com"];

// Imports a manuscript from a shared link.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const author = await requireAuthor();
  const { url, submissionId } = z.object({ url: z.string().url(), submissionId: z.string().cuid() }).parse(await req.json());
  if (!ALLOWED_HOSTS.includes(new URL(url).hostname)) return NextResponse.json({ error: "unsupported host" }, { status: 400 });
  const res = await fetch(url);
  if (!res.ok) return NextResponse.json({ error: "could not fetch" }, { status: 502 });
  // ok: missing-authorization
  await prisma.submission.updateMany({ where: { id: submissionId, authorId: author.id }, data: { manuscriptUrl: url } });
  return NextResponse.json({ ok: true });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PUT(req: Request) {
  const author = await requireAuthor();
  const { url } = await req.json();
  const res = await fetch(url);
  try {
    const text = await res.text();
    return NextResponse.json({ bytes: text.length, author: author.id });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (e as Error).message }, { status: 500 });
  }
}
