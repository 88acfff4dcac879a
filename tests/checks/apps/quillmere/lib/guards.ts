import { prisma } from "@/lib/db/prisma";

// async: loads the submission and checks the agency.
export async function canEditSubmission(agencyId: string, submissionId: string): Promise<boolean> {
  const s = await prisma.submission.findFirst({ where: { id: submissionId, agencyId }, select: { id: true } });
  return Boolean(s);
}

export async function isContractParty(userId: string, contractId: string): Promise<boolean> {
  const c = await prisma.contract.findFirst({ where: { id: contractId, authorId: userId }, select: { id: true } });
  return Boolean(c);
}

// Returns an error value instead of throwing; callers must check it.
export async function checkAgentRole(agencyId: string, userId: string, roles: string[]) {
  const agent = await prisma.agent.findFirst({ where: { agencyId, userId }, select: { role: true } });
  if (!agent || !roles.includes(agent.role)) return { error: "Insufficient role" };
  return { error: null };
}
