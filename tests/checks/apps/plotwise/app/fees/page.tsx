import { requireMember } from "@/lib/auth/current";
import { prisma } from "@/lib/db";
import { FeePayButton } from "@/components/FeePayButton";

export default async function FeesPage() {
  const { user } = await requireMember();
  const fees = await prisma.fee.findMany({
    where: { userId: user.id },
    select: { id: true, year: true, amountPence: true, status: true },
    orderBy: { year: "desc" },
  });
  return (
    <table>
      <tbody>
        {fees.map((f) => (
          <tr key={f.id}>
            <td>{f.year}</td>
            <td>£{(f.amountPence / 100).toFixed(2)}</td>
            <td>{f.status}</td>
            <td>{f.status === "DUE" && <FeePayButton feeId={f.id} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
