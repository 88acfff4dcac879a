import { prisma } from "@/lib/db/prisma";

type ScreeningInput = { renterId: string; agencyId: string; fullName: string; dateOfBirth: string; postcode: string };

export async function runCreditCheck(input: ScreeningInput) {
  const res = await fetch("https://api.creditcheck.example/v2/checks", {
    method: "POST",
    headers: { authorization: `Bearer ${process.env.CREDIT_CHECK_KEY}`, "content-type": "application/json" },
    body: JSON.stringify({ name: input.fullName, dob: input.dateOfBirth, postcode: input.postcode }),
  });
  if (!res.ok) throw new Error(`credit provider ${res.status}`);
  const report = (await res.json()) as { score: number };
  return prisma.screening.create({
    data: { agencyId: input.agencyId, renterId: input.renterId, provider: "creditcheck", score: report.score, rawReport: report },
    select: { id: true, score: true },
  });
}
