import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/secure-compare";

// Public REST API for clients' CMS integrations. Bearer API key.
async function orgFromApiKey(req: Request) {
  const raw = req.headers.get("authorization")?.replace(/^Bearer /, "");
  if (!raw) return null;
  const key = await prisma.apiKey.findFirst({ where: { keyHash: sha256(raw), revokedAt: null }, select: { orgId: true, userId: true } });
  return key;
}

// ok: missing-auth
export async function GET(req: Request) {
  const key = await orgFromApiKey(req);
  if (!key) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const jobs = await prisma.job.findMany({
    // ok: missing-authorization
    where: { orgId: key.orgId },
    select: { id: true, title: true, status: true, deadline: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ data: jobs });
}

const CreateJob = z.object({ title: z.string().min(3), sourceLang: z.string().length(2), targetLangs: z.array(z.string().length(2)).min(1) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const key = await orgFromApiKey(req);
  if (!key) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const body = CreateJob.parse(await req.json());
  const job = await prisma.job.create({
    // ok: mass-assignment, missing-authorization
    data: { ...body, orgId: key.orgId, createdById: key.userId },
    select: { id: true },
  });
  return NextResponse.json({ data: job }, { status: 201 });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request) {
  const apiKey = req.headers.get("x-api-key");
  // Old v0 integration.
  // ruleid: timing-unsafe-comparison
  if (!apiKey || apiKey !== process.env.LEGACY_API_KEY) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const { jobId, org: slug } = z.object({ jobId: z.string().cuid(), org: z.string().regex(/^[a-z0-9-]{3,40}$/) }).parse(await req.json());
  const org = await prisma.organization.findFirst({ where: { slug }, select: { id: true } });
  if (!org) return NextResponse.json({ error: "Unknown organisation" }, { status: 404 });
  await prisma.job.deleteMany({ where: { id: jobId, orgId: org.id } });
  return NextResponse.json({ ok: true });
}
