import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { workspaces } from "@/lib/db/schema";
import { sha256 } from "@/lib/secure-compare";

/** SCIM bearer tokens are stored hashed; lookup by hash, never compared in memory. */
export async function authenticateScim(req: Request) {
  const header = req.headers.get("authorization");
  if (!header?.startsWith("Bearer ")) return null;
  const [ws] = await db
    .select({ id: workspaces.id, seatLimit: workspaces.seatLimit })
    .from(workspaces)
    // ok: timing-unsafe-comparison
    .where(eq(workspaces.scimTokenHash, sha256(header.slice(7))))
    .limit(1);
  return ws ?? null;
}

export function scimError(status: number, detail: string) {
  return Response.json({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: String(status), detail }, { status });
}
