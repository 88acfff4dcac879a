import { createClient } from "@/lib/supabase/server";
import { prisma } from "@/lib/db";

type ProfilePatch = { name?: string; phone?: string; emailVerified?: boolean };

// ruleid: missing-input-validation
// ok: missing-auth
export async function PATCH(req: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user?.email) return Response.json({ error: "unauthorized" }, { status: 401 });
  const body = (await req.json()) as ProfilePatch;
  // ok: missing-authorization
  await prisma.user.update({
    where: { email: user.email },
    data: {
      name: body.name,
      phone: body.phone,
      // ruleid: mass-assignment
      emailVerified: body.emailVerified ? new Date() : null,
    },
  });
  return new Response(null, { status: 204 });
}
