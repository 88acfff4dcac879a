import "server-only";
import { prisma } from "@/lib/db/prisma";
import { sendSms } from "@/lib/sms";
import { rateLimit } from "@/lib/ratelimit";

// rate limit lives here, two calls below the actions that use it
async function throttledSend(senderId: string, to: string, body: string) {
  await rateLimit(`sms:${senderId}`, 200, 3600);
  return sendSms(to, body);
}

export async function blastTeam(senderId: string, teamId: string, body: string) {
  const players = await prisma.player.findMany({ where: { teamId, emergencyPhone: { not: null } }, select: { emergencyPhone: true } });
  let sent = 0;
  for (const p of players) {
    await throttledSend(senderId, p.emergencyPhone!, body);
    sent++;
  }
  await prisma.smsBlast.create({ data: { teamId, senderId, body, sentCount: sent } });
  return sent;
}
