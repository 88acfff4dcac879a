import { z } from "zod";
import { pool } from "@/lib/db/pg";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const Query = z.object({ env: z.string().uuid(), token: z.string().min(20).max(200) });

/** Server-sent events for browser SDKs. EventSource cannot set headers, so the client key is a query param. */
// ok: missing-input-validation
export async function GET(req: Request) {
  const url = new URL(req.url);
  const parsed = Query.safeParse({ env: url.searchParams.get("env"), token: url.searchParams.get("token") });
  if (!parsed.success) return new Response("Bad request", { status: 400 });
  const sdkToken = parsed.data.token;

  // ok: sql-injection
  const { rows } = await pool.query("SELECT client_key FROM environments WHERE id = $1", [parsed.data.env]);
  const expectedToken: string | undefined = rows[0]?.client_key;
  // ruleid: timing-unsafe-comparison
  if (!expectedToken || expectedToken !== sdkToken) return new Response("Unauthorized", { status: 401 });

  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(`event: ready\ndata: {}\n\n`));
      const timer = setInterval(() => controller.enqueue(encoder.encode(`: ping\n\n`)), 15_000);
      req.signal.addEventListener("abort", () => {
        clearInterval(timer);
        controller.close();
      });
    },
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" },
  });
}
