import { NextResponse } from "next/server";
import { z } from "zod";
import { makeHandlers } from "@/lib/route-builder";
import { connectMongo, PushSubscription } from "@/lib/mongo";

// ok: missing-auth, missing-input-validation
export const { GET, POST } = makeHandlers({
  auth: "session",
  handlers: {
    GET: async (_req, ctx) => {
      await connectMongo();
      const subs = await PushSubscription.find({ userId: ctx.userId });
      // ruleid: excessive-data-exposure
      return NextResponse.json(subs);
    },
    POST: async (req, ctx) => {
      const body = z.object({ endpoint: z.string().url(), p256dh: z.string(), authSecret: z.string() }).parse(await req.json());
      await connectMongo();
      // ok: mass-assignment
      await PushSubscription.create({ ...body, userId: ctx.userId });
      return NextResponse.json({ ok: true });
    },
  },
});
