import { NextResponse } from "next/server";
import { prisma } from "@/lib/prisma";
import { sendDigest } from "@/lib/mail";

/** Weekly digest to workspace owners. Scheduled in vercel.json. */
// ruleid: missing-auth, missing-rate-limit
export async function GET() {
  const owners = await prisma.user.findMany({
    where: { role: "OWNER" },
    select: { email: true, workspace: { select: { name: true, _count: { select: { jobs: true } } } } },
  });
  for (const owner of owners) {
    await sendDigest(
      owner.email,
      `Your week at ${owner.workspace.name}`,
      `<p>${owner.workspace._count.jobs} jobs on the board.</p>`,
    );
  }
  return NextResponse.json({ sent: owners.length });
}
