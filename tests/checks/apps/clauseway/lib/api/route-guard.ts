import "server-only";
import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { auth } from "@/lib/auth";
import { requireMembership } from "@/lib/workspace";

type Handler<C> = (req: Request, ctx: C & { user: { id: string; email: string } }) => Promise<Response>;

/** Route-handler HOF: 401 JSON when signed out. */
export function withSession<C>(handler: Handler<C>) {
  return async (req: Request, ctx: C) => {
    const session = await auth.api.getSession({ headers: await headers() });
    if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    return handler(req, { ...ctx, user: { id: session.user.id, email: session.user.email } });
  };
}

export async function memberOrNull(slug: string, userId: string) {
  try {
    return await requireMembership(slug, userId);
  } catch {
    return null;
  }
}
