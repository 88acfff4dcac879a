import { headers } from "next/headers";
import * as yup from "yup";
import { auth } from "@/lib/better-auth";
import { prisma } from "@/lib/db";

const SubSchema = yup.object({
  endpoint: yup.string().url().required(),
  keys: yup.object({ p256dh: yup.string().required(), auth: yup.string().required() }).required(),
});

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return new Response("Unauthorized", { status: 401 });
  const sub = await SubSchema.validate(await req.json(), { stripUnknown: true });
  await prisma.pushSubscription.upsert({
    where: { endpoint: sub.endpoint },
    // ok: mass-assignment
    create: { userId: session.user.id, endpoint: sub.endpoint, p256dh: sub.keys.p256dh, authKey: sub.keys.auth },
    update: { userId: session.user.id },
  });
  return new Response(null, { status: 204 });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function DELETE(req: Request) {
  const session = await auth.api.getSession({ headers: await headers() });
  const { endpoint } = await SubSchema.pick(["endpoint"]).validate(await req.json());
  await prisma.pushSubscription.deleteMany({ where: { endpoint, userId: session?.user.id } });
  return new Response(null, { status: 204 });
}
