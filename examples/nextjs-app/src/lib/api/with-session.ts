import "server-only";
import type { Session } from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";

type RouteContext = { params: Promise<Record<string, string>> };
type SessionHandler = (
  request: NextRequest,
  context: { session: Session; params: Record<string, string> },
) => Promise<Response>;

// Route-handler wrapper (the shape dub's `withWorkspace` and inbox-zero's `withAuth` use):
// answers 401 without a session, otherwise hands the session to the handler.
export function withSession(handler: SessionHandler) {
  return async (request: NextRequest, { params }: RouteContext): Promise<Response> => {
    const session = await auth();
    if (!session?.user?.id) {
      return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    }
    return handler(request, { session, params: await params });
  };
}
