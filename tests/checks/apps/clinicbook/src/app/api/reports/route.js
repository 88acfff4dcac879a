import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import { visitsPerDoctor } from "@/lib/knex";

// ok: missing-auth
export async function GET(req) {
  const session = await getServerSession(authOptions);
  if (session?.user?.role !== "staff") return new Response("Forbidden", { status: 403 });
  const { searchParams } = new URL(req.url);
  try {
    const result = await visitsPerDoctor(searchParams.get("doctor"), searchParams.get("from"));
    return Response.json({ visits: result.rows[0].n });
  } catch (error) {
    // ruleid: information-disclosure
    return Response.json({ error: error.message, stack: error.stack }, { status: 500 });
  }
}
