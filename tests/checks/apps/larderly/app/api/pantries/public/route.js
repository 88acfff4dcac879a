import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// Public map of pantries for the homepage (published data).
// ok: missing-auth, missing-input-validation
export async function GET(req) {
  const network = req.nextUrl.searchParams.get("network");
  if (typeof network !== "string" || !/^[a-z0-9-]{2,40}$/.test(network)) return NextResponse.json([], { status: 400 });
  const pantries = await prisma.pantry.findMany({ where: { network: { slug: network } }, select: { id: true, name: true, address: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(pantries);
}

// why: a JS-era endpoint that lets anyone overwrite a pantry's public contact email by id
// ruleid: missing-input-validation
// ruleid: missing-auth -- (todoruleid until pass 28, E)
export async function POST(req) {
  const { id, contactEmail } = await req.json();
  await prisma.pantry.update({ where: { id }, data: { contactEmail } });
  return NextResponse.json({ done: true });
}
