import { createHmac, timingSafeEqual } from "node:crypto";
import { turso } from "@/lib/db/turso";

const BILLABLE_LABEL = /^billable:(\d{1,3})h$/;

// Closed issues labelled `billable:<n>h` become billable time entries.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("x-hub-signature-256") ?? "";
  const digest = "sha256=" + createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET ?? "").update(body).digest("hex");
  // ok: timing-unsafe-comparison
  if (signature.length !== digest.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(digest))) {
    return new Response("Invalid signature", { status: 401 });
  }

  const event = req.headers.get("x-github-event");
  const payload = JSON.parse(body);
  if (event !== "issues" || payload.action !== "closed") return new Response("ignored");

  const repo = payload.repository?.full_name;
  const issue = payload.issue?.number;
  const labels: unknown = payload.issue?.labels;
  if (typeof repo !== "string" || typeof issue !== "number" || !Array.isArray(labels)) return new Response("ignored");
  const hours = labels
    .map((l) => (typeof l?.name === "string" ? BILLABLE_LABEL.exec(l.name) : null))
    .find((m): m is RegExpExecArray => m !== null);
  if (!hours) return new Response("ignored");

  // ok: sql-injection
  await turso.execute({ sql: "INSERT INTO billable_events (repo, issue, hours, closed_at) VALUES (?, ?, ?, ?)", args: [repo, issue, Number(hours[1]), new Date().toISOString()] });
  return new Response("ok");
}
