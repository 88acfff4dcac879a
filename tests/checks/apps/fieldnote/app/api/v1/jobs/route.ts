import { NextResponse } from "next/server";
import { authenticateApiKey, authenticateLegacyKey } from "@/lib/api-keys";
import { listJobsForWorkspace } from "@/lib/data/jobs";

/** Public REST API (API-key authenticated). */
// ok: missing-auth
export async function GET(req: Request) {
  const apiKeyHeader = req.headers.get("authorization");
  // ok: timing-unsafe-comparison
  if (apiKeyHeader === null || apiKeyHeader === "") return NextResponse.json({ error: "Missing API key" }, { status: 401 });
  const raw = apiKeyHeader.startsWith("Bearer ") ? apiKeyHeader.slice(7) : null;
  const key = (await authenticateApiKey(raw)) ?? (raw ? await authenticateLegacyKey(raw) : null);
  if (!key) return NextResponse.json({ error: "Invalid API key" }, { status: 401 });
  const jobs = await listJobsForWorkspace(key.workspaceId, 100);
  // ok: excessive-data-exposure
  return NextResponse.json({ data: jobs });
}
