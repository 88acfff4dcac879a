import { NextResponse, type NextRequest } from "next/server";
import type { ZodTypeAny, z } from "zod";
import { auth } from "@/lib/auth";
import { ratelimit } from "@/lib/ratelimit";

type Opts<S extends ZodTypeAny | undefined> = { auth?: boolean; schema?: S; rateLimit?: string };
type Ctx<S> = { req: NextRequest; userId: string | null; body: S extends ZodTypeAny ? z.infer<S> : undefined; params: Record<string, string> };

export function createRoute<S extends ZodTypeAny | undefined = undefined>(opts: Opts<S>) {
  return {
    handler(fn: (ctx: Ctx<S>) => Promise<Response>) {
      return async (req: NextRequest, segment: { params: Promise<Record<string, string>> }) => {
        let userId: string | null = null;
        if (opts.auth) {
          const session = await auth();
          if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
          userId = session.user.id;
        }
        if (opts.rateLimit) {
          const { success } = await ratelimit.limit(`${opts.rateLimit}:${userId ?? req.headers.get("x-forwarded-for")}`);
          if (!success) return NextResponse.json({ error: "Too many requests" }, { status: 429 });
        }
        let body = undefined as Ctx<S>["body"];
        if (opts.schema) {
          const parsed = opts.schema.safeParse(await req.json());
          if (!parsed.success) return NextResponse.json({ error: "Invalid body" }, { status: 400 });
          body = parsed.data;
        }
        return fn({ req, userId, body, params: await segment.params });
      };
    },
  };
}

type Handler = (req: NextRequest, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Wraps every method with the same session check. */
export function makeHandlers<M extends Record<string, (req: NextRequest, userId: string, params: Record<string, string>) => Promise<Response>>>(methods: M) {
  const out = {} as Record<keyof M, Handler>;
  for (const [name, fn] of Object.entries(methods)) {
    out[name as keyof M] = async (req, segment) => {
      const session = await auth();
      if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
      return fn(req, session.user.id, await segment.params);
    };
  }
  return out;
}
