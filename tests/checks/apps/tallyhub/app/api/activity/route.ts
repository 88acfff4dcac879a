import { getKindeServerSession } from "@kinde-oss/kinde-auth-nextjs/server";
import { ActivityEvent, connectMongo } from "@/lib/mongo";

// ok: missing-auth
export async function GET() {
  const { getUser, isAuthenticated } = getKindeServerSession();
  if (!(await isAuthenticated())) {
    return new Response("Unauthorized", { status: 401 });
  }
  const user = await getUser();
  await connectMongo();
  const events = await ActivityEvent.find({ userId: user.id }).sort({ createdAt: -1 }).limit(50);
  // ruleid: excessive-data-exposure
  return Response.json(events);
}

// ruleid: missing-auth -- the un-awaited isAuthenticated() checks nothing
export async function DELETE() {
  const { getUser, isAuthenticated } = getKindeServerSession();
  // ruleid: floating-auth-check
  if (!isAuthenticated()) {
    return new Response("Unauthorized", { status: 401 });
  }
  const user = await getUser();
  await connectMongo();
  await ActivityEvent.deleteMany({ userId: user?.id });
  return new Response(null, { status: 204 });
}

// ok: missing-auth
export async function POST() {
  const { getUser } = getKindeServerSession();
  const user = await getUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  await connectMongo();
  const recent = await ActivityEvent.find({ userId: user.id }, { type: 1, createdAt: 1 }).limit(10).lean();
  // ok: excessive-data-exposure -- projection
  return Response.json(recent);
}
