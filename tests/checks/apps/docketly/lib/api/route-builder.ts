import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { hashToken } from "@/lib/crypto";

export type ApiKeyContext = { keyId: string; firmId: string; scopes: string[] };
type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>>; key: ApiKeyContext }) => Promise<Response>;

export async function authenticateApiKey(req: NextRequest, scope: string): Promise<ApiKeyContext | null> {
  const header = req.headers.get("authorization");
  if (!header?.startsWith("Bearer dk_")) return null;
  const raw = header.slice("Bearer ".length);
  // hashed lookup: no comparison of the secret in JS
  const key = await prisma.apiKey.findUnique({
    where: { hashedKey: hashToken(raw) },
    select: { id: true, firmId: true, scopes: true, revokedAt: true },
  });
  if (!key || key.revokedAt) return null;
  if (!key.scopes.includes(scope) && !key.scopes.includes("*")) return null;
  await prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  return { keyId: key.id, firmId: key.firmId, scopes: key.scopes };
}

export function makeHandlers(config: { scope: string; GET?: Handler; POST?: Handler; PATCH?: Handler; DELETE?: Handler }) {
  const wrap = (h?: Handler) =>
    h
      ? async (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => {
          const key = await authenticateApiKey(req, config.scope);
          if (!key) {
            return NextResponse.json({ error: "invalid_api_key" }, { status: 401 });
          }
          return h(req, { ...ctx, key });
        }
      : undefined;
  return { GET: wrap(config.GET), POST: wrap(config.POST), PATCH: wrap(config.PATCH), DELETE: wrap(config.DELETE) };
}
