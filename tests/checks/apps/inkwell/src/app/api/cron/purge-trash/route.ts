import { secureCompare } from "~/lib/crypto";
import { purgeDeletedNotes } from "~/server/notes-repo";

// ok: missing-auth -- cron bearer secret, compared in constant time
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison -- secureCompare wraps timingSafeEqual
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET}`)) {
    return new Response("Unauthorized", { status: 401 });
  }
  const purged = await purgeDeletedNotes(30);
  return Response.json({ purged });
}
