import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { nanoid } from "nanoid";
import { makeHandlers } from "@/lib/api/route-builder";
import { db, savedViews } from "@/lib/db/drizzle";

const CreateSchema = z.object({ workspaceId: z.string(), name: z.string().min(1).max(60), filters: z.array(z.unknown()).max(20) });

// ok: missing-auth
export const { GET, POST, DELETE } = makeHandlers({
  async GET(_req, { userId }) {
    const views = await db
      .select({ id: savedViews.id, name: savedViews.name, shared: savedViews.shared })
      .from(savedViews)
      .where(eq(savedViews.ownerId, userId));
    // ok: excessive-data-exposure
    return NextResponse.json(views);
  },
  async POST(req, { userId }) {
    const input = CreateSchema.parse(await req.json());
    const id = nanoid();
    await db.insert(savedViews).values({
      // ok: mass-assignment
      // ruleid: missing-authorization -- (todoruleid until pass 27) the body's workspaceId, spread in; on the spread (LABELS.md)
      ...input,
      id,
      ownerId: userId,
    });
    return NextResponse.json({ id }, { status: 201 });
  },
  async DELETE(req, { userId }) {
    const id = req.nextUrl.searchParams.get("id") ?? "";
    // ok: missing-authorization
    await db.delete(savedViews).where(and(eq(savedViews.id, id), eq(savedViews.ownerId, userId)));
    return new NextResponse(null, { status: 204 });
  },
});
