import { NextResponse, type NextRequest } from "next/server";
import type { ZodTypeAny, infer as Infer } from "zod";
import { auth } from "@/lib/auth";

type Ctx<S extends ZodTypeAny | undefined> = {
  userId: string;
  body: S extends ZodTypeAny ? Infer<S> : undefined;
  params: Record<string, string>;
};

export function createRoute<S extends ZodTypeAny | undefined = undefined>(opts: { auth: boolean; schema?: S }) {
  return {
    handler(fn: (req: NextRequest, ctx: Ctx<S>) => Promise<Response>) {
      return async (req: NextRequest, { params }: { params: Promise<Record<string, string>> }) => {
        let userId = "";
        if (opts.auth) {
          const session = await auth();
          if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
          userId = session.user.id;
        }
        let body: unknown = undefined;
        if (opts.schema) {
          const parsed = opts.schema.safeParse(await req.json());
          if (!parsed.success) return NextResponse.json({ error: "Invalid body" }, { status: 422 });
          body = parsed.data;
        }
        return fn(req, { userId, body: body as Ctx<S>["body"], params: await params });
      };
    },
  };
}

type Handler = (req: NextRequest, ctx: { userId: string }) => Promise<Response>;

export function makeHandlers(handlers: { GET?: Handler; POST?: Handler; DELETE?: Handler }) {
  const wrap = (h?: Handler) =>
    h &&
    (async (req: NextRequest) => {
      const session = await auth();
      if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
      return h(req, { userId: session.user.id });
    });
  return { GET: wrap(handlers.GET)!, POST: wrap(handlers.POST)!, DELETE: wrap(handlers.DELETE)! };
}
