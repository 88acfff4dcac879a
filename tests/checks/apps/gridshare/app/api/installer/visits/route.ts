import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { siteVisits, installers } from "@/lib/db/drizzle/schema";

async function installerFor(userId: string) {
  const [row] = await db.select({ id: installers.id }).from(installers).where(eq(installers.clerkUserId, userId));
  return row ?? null;
}

// ok: missing-auth, missing-input-validation
export async function GET() {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const installer = await installerFor(userId);
  if (!installer) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const visits = await db
    .select({ id: siteVisits.id, installationId: siteVisits.installationId, scheduledFor: siteVisits.scheduledFor, status: siteVisits.status })
    .from(siteVisits)
    .where(eq(siteVisits.installerId, installer.id));
  // ok: excessive-data-exposure
  return NextResponse.json(visits);
}

// Field tablet app creates visits with a JSON body.
// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const installer = await installerFor(userId);
  if (!installer) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const body = await req.json();
  const [row] = await db
    .insert(siteVisits)
    // ruleid: mass-assignment
    .values({ id: crypto.randomUUID(), installerId: installer.id, ...body })
    .returning({ id: siteVisits.id });
  return NextResponse.json(row, { status: 201 });
}
