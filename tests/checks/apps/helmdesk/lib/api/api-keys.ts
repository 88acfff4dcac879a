import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/crypto";
import { apiKeyLimiter } from "@/lib/ratelimit";

export type ApiKeyCtx = { keyId: string; workspaceId: string; scopes: string[] };

export class ApiError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export async function authenticateApiKey(req: NextRequest): Promise<ApiKeyCtx> {
  const header = req.headers.get("authorization") ?? "";
  const raw = header.startsWith("Bearer ") ? header.slice(7) : "";
  // ok: timing-unsafe-comparison
  if (raw === "") throw new ApiError(401, "Missing API key");
  const key = await prisma.apiKey.findUnique({
    where: { keyHash: hashToken(raw) },
    select: { id: true, workspaceId: true, scopes: true, revokedAt: true },
  });
  if (!key || key.revokedAt) throw new ApiError(401, "Invalid API key");
  const { success } = await apiKeyLimiter.limit(key.id);
  if (!success) throw new ApiError(429, "Rate limit exceeded");
  return { keyId: key.id, workspaceId: key.workspaceId, scopes: key.scopes };
}

export function requireScope(ctx: ApiKeyCtx, scope: string) {
  if (!ctx.scopes.includes(scope)) throw new ApiError(403, `Missing scope ${scope}`);
}

export function withApiKey(scope: string, fn: (req: NextRequest, key: ApiKeyCtx, params: Record<string, string>) => Promise<Response>) {
  return async (req: NextRequest, { params }: { params: Promise<Record<string, string>> }) => {
    try {
      const key = await authenticateApiKey(req);
      requireScope(key, scope);
      return await fn(req, key, await params);
    } catch (e) {
      if (e instanceof ApiError) return NextResponse.json({ error: e.message }, { status: e.status });
      return NextResponse.json({ error: "Internal error" }, { status: 500 });
    }
  };
}
