import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/prisma";

export const revalidate = 300;

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const slug = req.nextUrl.searchParams.get("workspace");
  if (!slug || !/^[a-z0-9-]{3,40}$/.test(slug)) return NextResponse.json({ error: "workspace required" }, { status: 400 });
  const services = await prisma.serviceOffering.findMany({
    where: { published: true, workspace: { slug } },
    select: { id: true, name: true, description: true, priceFrom: true },
    orderBy: { priceFrom: "asc" },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(services);
}
