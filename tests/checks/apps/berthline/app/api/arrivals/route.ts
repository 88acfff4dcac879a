import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";
import { isMarinaStaff } from "@/lib/guards";
import { secureCompare } from "@/lib/secure-compare";

// Harbour dashboard polling.
// ruleid: missing-auth
// ok: missing-input-validation
export async function GET(req: Request) {
  const session = await auth();
  const marinaId = z.string().cuid().parse(new URL(req.url).searchParams.get("marina"));
  try {
    const arrivals = await prisma.arrival.findMany({ where: { marinaId, status: "PENDING" }, select: { id: true, eta: true, vesselId: true, userId: true } });
    // ok: excessive-data-exposure
    return NextResponse.json({ arrivals, viewer: session?.user?.email ?? null });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: err }, { status: 500 });
  }
}

// AIS gateway announces a vessel entering the harbour.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const token = req.headers.get("x-ais-token") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(token, process.env.AIS_GATEWAY_TOKEN ?? "")) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = z.object({ arrivalId: z.string().cuid(), eta: z.coerce.date() }).parse(await req.json());
  // ok: missing-authorization
  await prisma.arrival.update({ where: { id: body.arrivalId }, data: { eta: body.eta } });
  return NextResponse.json({ done: true });
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = z.object({ arrivalId: z.string().cuid(), marinaId: z.string().cuid(), status: z.enum(["ARRIVED", "DEPARTED"]) }).parse(await req.json());
  // ruleid: floating-auth-check
  if (!isMarinaStaff(session.user.id, body.marinaId)) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ruleid: missing-authorization
  await prisma.arrival.update({ where: { id: body.arrivalId }, data: { status: body.status } });
  return NextResponse.json({ done: true });
}
